/**
 * A stand-in for the `electron` module in unit tests (the real one needs the Electron binary,
 * which this machine cannot download). It records what the code under test asks of Electron.
 * Use with: vi.mock('electron', async () => (await import('../test-support/fake-electron')).fakeElectron)
 */
import { vi } from 'vitest';

type Listener = (...args: never[]) => unknown;

class Emitter {
  readonly listeners = new Map<string, Listener[]>();
  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  once(event: string, listener: Listener): this {
    return this.on(event, listener);
  }
  removeListener(event: string, listener: Listener): this {
    this.listeners.set(
      event,
      (this.listeners.get(event) ?? []).filter((l) => l !== listener),
    );
    return this;
  }
  emit(event: string, ...args: unknown[]): void {
    // A listener takes what the event carries: called as Electron would, with the emitted arguments.
    for (const listener of this.listeners.get(event) ?? []) Reflect.apply(listener, undefined, args);
  }
  listenerCount(event: string): number {
    return this.listeners.get(event)?.length ?? 0;
  }
}

export interface NavigationEvent {
  preventDefault: () => void;
  defaultPrevented: boolean;
}

export const navigationEvent = (): NavigationEvent => {
  const event: NavigationEvent = {
    defaultPrevented: false,
    preventDefault: () => {
      event.defaultPrevented = true;
    },
  };
  return event;
};

export class FakeWebContents extends Emitter {
  windowOpenHandler: ((details: { url: string }) => { action: string }) | undefined;
  readonly send = vi.fn();
  readonly forcefullyCrashRenderer = vi.fn();
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
}

export class FakeBrowserWindow extends Emitter {
  readonly webContents = new FakeWebContents();
  readonly loadURL = vi.fn(async (_url: string) => undefined);
  readonly loadFile = vi.fn(async (_file: string) => undefined);
  readonly show = vi.fn();
  readonly focus = vi.fn();
  readonly restore = vi.fn();
  minimized = false;
  destroyed = false;
  constructor(readonly options: Record<string, unknown>) {
    super();
    fakeElectron.state.windows.push(this);
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
}

type HeadersListener = (
  details: { url: string; responseHeaders?: Record<string, string[]> },
  callback: (response: { responseHeaders?: Record<string, string[]> }) => void,
) => void;

interface FakeState {
  windows: FakeBrowserWindow[];
  ipcHandlers: Map<string, (event: unknown, ...args: unknown[]) => Promise<unknown>>;
  headersListener: HeadersListener | undefined;
  permissionRequestHandler:
    ((contents: unknown, permission: string, callback: (granted: boolean) => void) => void) | undefined;
  permissionCheckHandler: ((...args: unknown[]) => boolean) | undefined;
  applicationMenu: unknown;
  singleInstanceLock: boolean;
  isPackaged: boolean;
  paths: Record<string, string>;
  exposed: Map<string, unknown>;
  messageBoxResponse: number;
}

const createState = (): FakeState => ({
  windows: [],
  ipcHandlers: new Map(),
  headersListener: undefined,
  permissionRequestHandler: undefined,
  permissionCheckHandler: undefined,
  applicationMenu: undefined,
  singleInstanceLock: true,
  isPackaged: true,
  paths: {},
  exposed: new Map(),
  messageBoxResponse: 0,
});

/** Recorded calls; replaced wholesale by reset(). Declared before `app`, whose getters read it. */
const recorder = { state: createState() };

const app = Object.assign(new Emitter(), {
  requestSingleInstanceLock: vi.fn(() => recorder.state.singleInstanceLock),
  quit: vi.fn(),
  exit: vi.fn(),
  whenReady: vi.fn(() => Promise.resolve()),
  getPath: vi.fn((name: string) => recorder.state.paths[name] ?? `/fake/${name}`),
  getName: () => 'DPO Desk',
  getVersion: () => '0.1.0',
  getLocale: () => 'en-GB',
});
Object.defineProperty(app, 'isPackaged', { get: () => recorder.state.isPackaged });

const ipcRenderer = Object.assign(new Emitter(), {
  invoke: vi.fn(async (..._args: unknown[]) => ({ ok: true, value: null })),
});

export const fakeElectron = {
  get state() {
    return recorder.state;
  },
  /** Forget everything recorded by a previous test. */
  reset(): void {
    recorder.state = createState();
    app.listeners.clear();
    ipcRenderer.listeners.clear();
    vi.clearAllMocks();
  },
  app,
  BrowserWindow: FakeBrowserWindow,
  ipcMain: {
    handle: vi.fn((channel: string, handler: (event: unknown, ...args: unknown[]) => Promise<unknown>) => {
      fakeElectron.state.ipcHandlers.set(channel, handler);
    }),
  },
  ipcRenderer,
  contextBridge: {
    exposeInMainWorld: vi.fn((key: string, value: unknown) => {
      fakeElectron.state.exposed.set(key, value);
    }),
  },
  dialog: {
    showSaveDialog: vi.fn(async (..._args: unknown[]) => ({ canceled: true, filePath: '' })),
    showOpenDialog: vi.fn(async (..._args: unknown[]): Promise<{ canceled: boolean; filePaths: string[] }> => ({
      canceled: true,
      filePaths: [],
    })),
    /** Answers with the button index in `state.messageBoxResponse` (0 unless a test sets it). */
    showMessageBox: vi.fn(async (..._args: unknown[]) => ({ response: recorder.state.messageBoxResponse })),
  },
  shell: {
    openExternal: vi.fn(async (_url: string) => undefined),
    openPath: vi.fn(async (_path: string) => ''),
  },
  /** A keychain that "encrypts" by reversing and tagging, so tests can see the file is not plain text. */
  safeStorage: {
    isEncryptionAvailable: vi.fn(() => true),
    getSelectedStorageBackend: vi.fn(() => 'gnome_libsecret'),
    encryptString: vi.fn((plain: string) => Buffer.from(`kc1:${[...plain].reverse().join('')}`, 'utf8')),
    decryptString: vi.fn((sealed: Buffer) => {
      const text = sealed.toString('utf8');
      if (!text.startsWith('kc1:')) throw new Error('Error while decrypting the ciphertext provided to safeStorage.');
      return [...text.slice(4)].reverse().join('');
    }),
  },
  Menu: {
    buildFromTemplate: vi.fn((template: unknown) => ({ template })),
    setApplicationMenu: vi.fn((menu: unknown) => {
      fakeElectron.state.applicationMenu = menu;
    }),
  },
  session: {
    defaultSession: {
      webRequest: {
        onHeadersReceived: vi.fn((listener: HeadersListener) => {
          fakeElectron.state.headersListener = listener;
        }),
      },
      setPermissionRequestHandler: vi.fn(
        (handler: (contents: unknown, permission: string, callback: (granted: boolean) => void) => void) => {
          fakeElectron.state.permissionRequestHandler = handler;
        },
      ),
      setPermissionCheckHandler: vi.fn((handler: (...args: unknown[]) => boolean) => {
        fakeElectron.state.permissionCheckHandler = handler;
      }),
    },
  },
};

/** Calls an `ipcMain.handle` handler the way Electron would, from a frame at `senderUrl`. */
export const invokeFrom = async (senderUrl: string, channel: string, ...args: unknown[]): Promise<unknown> => {
  const handler = fakeElectron.state.ipcHandlers.get(channel);
  if (!handler) throw new Error(`No handler registered for ${channel}`);
  return handler({ senderFrame: { url: senderUrl } }, ...args);
};
