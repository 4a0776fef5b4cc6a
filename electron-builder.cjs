// electron-builder: the Windows x64 installer (NSIS) and a portable .exe. `npm run dist:win` on a PC with internet
// (it downloads Electron and the NSIS tools once); the result lands in dist/.
/** @type {import('electron-builder').Configuration} */
module.exports = {
  appId: 'id.go.pemda.ekbang.sinergi',
  productName: 'Sinergi',
  copyright: 'Bagian Perekonomian/Ekbang Sekretariat Daerah',
  directories: { output: 'dist', buildResources: 'build' },
  // Only the built app. Every pure-JS library is inside out/main (electron.vite.config.ts); the one production
  // dependency is better-sqlite3, of which only its loader and the Windows binary for the target ${arch} are needed:
  // not its C sources, not the binaries of seven other platforms. (electron-builder applies a platform's own `files`
  // to the app but not to node_modules, and its ${platform} is the build machine's, so the name is written here.)
  files: [
    'out/**',
    '!out/**/*.map',
    '!out/renderer/.vite{,/**}',
    'package.json',
    '!node_modules/better-sqlite3/{binding.gyp,deps,src,build}{,/**}',
    '!node_modules/better-sqlite3/prebuilds/*.node',
    'node_modules/better-sqlite3/prebuilds/win32-${arch}.node',
    // Headers for compiling better-sqlite3, which nobody does at run time.
    '!node_modules/node-addon-api{,/**}',
  ],
  asar: true,
  // The OS cannot load a native module from inside app.asar: better-sqlite3's .node file must stay a real file.
  asarUnpack: ['node_modules/better-sqlite3/**/*.node'],
  // better-sqlite3 uses Node-API and ships a prebuilt win32-x64 binary that Electron loads as it is: no compiler needed.
  npmRebuild: false,
  // The installed app accepts no Node options, no inspector and no ELECTRON_RUN_AS_NODE from whoever starts it.
  electronFuses: {
    runAsNode: false,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
  },
  win: {
    target: [
      { target: 'nsis', arch: ['x64'] },
      { target: 'portable', arch: ['x64'] },
    ],
    icon: 'build/icon.png',
  },
  nsis: {
    oneClick: false,
    perMachine: false,
    allowToChangeInstallationDirectory: true,
    createDesktopShortcut: true,
    shortcutName: 'Sinergi',
    // The data (%APPDATA%\Sinergi) and its backups (%LOCALAPPDATA%\Sinergi): an uninstall must never take them along.
    deleteAppDataOnUninstall: false,
    artifactName: 'Sinergi-Setup-${version}-x64.${ext}',
  },
  portable: { artifactName: 'Sinergi-Portable-${version}-x64.${ext}' },
};
