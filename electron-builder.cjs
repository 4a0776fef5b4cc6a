// electron-builder: the Windows x64 installer (NSIS) and a portable .exe. `npm run dist:win` on a PC with internet
// (it downloads Electron and the NSIS tools once); the result lands in dist/.
/** @type {import('electron-builder').Configuration} */
module.exports = {
  appId: 'id.go.pemda.ekbang.sinergi',
  productName: 'Sinergi',
  copyright: 'Bagian Perekonomian/Ekbang Sekretariat Daerah',
  directories: { output: 'dist', buildResources: 'build' },
  // Only the built app; sources, tests and docs stay out. Production dependencies are added by electron-builder.
  files: ['out/**', 'package.json', '!out/**/*.map', '!src/**', '!test/**', '!docs/**', '!build/**', '!.data/**'],
  asar: true,
  // The OS cannot load a native module from inside app.asar: better-sqlite3's .node file must stay a real file.
  asarUnpack: ['node_modules/better-sqlite3/**/*.node'],
  // better-sqlite3 uses Node-API and ships a prebuilt win32-x64 binary that Electron loads as it is: no compiler needed.
  npmRebuild: false,
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
    // The data and its backups live in %APPDATA%\Sinergi: an uninstall must never take them along.
    deleteAppDataOnUninstall: false,
    artifactName: 'Sinergi-Setup-${version}-x64.${ext}',
  },
  portable: { artifactName: 'Sinergi-Portable-${version}-x64.${ext}' },
};
