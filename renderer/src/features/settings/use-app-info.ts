import { useEffect, useState } from 'react';
import { getPlatform, type AppInfo } from '../../platform';

let cached: Promise<AppInfo> | undefined;
const appInfo = (): Promise<AppInfo> => (cached ??= getPlatform().appInfo());

/** Edition, version and (desktop) folders; undefined while loading. */
export const useAppInfo = (): AppInfo | undefined => {
  const [info, setInfo] = useState<AppInfo>();
  useEffect(() => {
    let live = true;
    void appInfo().then((i) => live && setInfo(i));
    return () => {
      live = false;
    };
  }, []);
  return info;
};

/** The version written into backups ("unknown" only if the host could not say). */
export const appVersion = async (): Promise<string> => (await appInfo().catch(() => undefined))?.version ?? 'unknown';
