/**
 * The Debian packages the test suite needs: a real browser and the real document clients.
 * Checked before any test runs; installed when running as root, otherwise named and the run stops.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const has = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
const python3HasDocx = () =>
  existsSync('/usr/bin/python3') && spawnSync('/usr/bin/python3', ['-c', 'import docx'], { stdio: 'ignore' }).status === 0;

/** What a test needs → the Debian package that provides it. */
export const REQUIREMENTS = [
  { what: 'Chromium (end-to-end tests)', ok: () => existsSync('/usr/bin/chromium'), packages: ['chromium'] },
  { what: 'pdftotext and pdfinfo', ok: () => has('pdftotext') && has('pdfinfo'), packages: ['poppler-utils'] },
  { what: 'qpdf', ok: () => has('qpdf'), packages: ['qpdf'] },
  { what: 'LibreOffice Writer', ok: () => has('soffice'), packages: ['libreoffice-writer-nogui', 'fonts-dejavu-core'] },
  { what: 'a Java runtime (for PDFBox)', ok: () => has('java'), packages: ['default-jre-headless'] },
  {
    what: 'Apache PDFBox Preflight',
    ok: () => ['preflight.jar', 'pdfbox2.jar', 'javax.activation.jar', 'jaxb-api.jar'].every((j) => existsSync(`/usr/share/java/${j}`)),
    packages: ['libpdfbox2-java', 'libactivation-java', 'libjaxb-api-java'],
  },
  { what: 'python-docx', ok: python3HasDocx, packages: ['python3-docx'] },
];

export const missingPackages = () => [...new Set(REQUIREMENTS.filter((r) => !r.ok()).flatMap((r) => r.packages))];

/** Returns normally when everything is there (installing it first when root); exits otherwise. */
export const ensureSystemDependencies = () => {
  let missing = missingPackages();
  if (missing.length === 0) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) {
    console.error(`DPO Desk tests need these Debian packages, which are missing: ${missing.join(' ')}`);
    console.error(`Install them with: sudo apt-get install -y --no-install-recommends ${missing.join(' ')}`);
    process.exit(1);
  }
  console.log(`Installing the system packages the tests need: ${missing.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '--no-install-recommends', ...missing], { stdio: 'inherit', env });
  missing = missingPackages();
  if (missing.length > 0) {
    console.error(`These packages are still missing after installation: ${missing.join(' ')}`);
    process.exit(1);
  }
};
