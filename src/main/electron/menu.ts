// The application menu in Indonesian (Electron's default is English and offers developer tools to every user).
import { Menu, shell, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';

export function pasangMenu(o: { dikemas: boolean; dataPath: string; jendela: () => BrowserWindow | null }): void {
  // The page routes by its hash (#/cadangan), so a menu item only has to change it.
  const buka = (halaman: string) => () =>
    void o.jendela()?.webContents.executeJavaScript(`location.hash = ${JSON.stringify(`#/${halaman}`)}`);
  const pemisah: MenuItemConstructorOptions = { type: 'separator' };
  const template: MenuItemConstructorOptions[] = [
    {
      label: 'Berkas',
      submenu: [
        { label: 'Cadangan && Pemulihan', click: buka('cadangan') },
        { label: 'Buka folder data', click: () => shell.showItemInFolder(o.dataPath) },
        pemisah,
        { label: 'Keluar', role: 'quit' },
      ],
    },
    {
      label: 'Sunting',
      submenu: [
        { label: 'Urungkan', role: 'undo' },
        { label: 'Ulangi', role: 'redo' },
        pemisah,
        { label: 'Potong', role: 'cut' },
        { label: 'Salin', role: 'copy' },
        { label: 'Tempel', role: 'paste' },
        { label: 'Pilih semua', role: 'selectAll' },
      ],
    },
    {
      label: 'Tampilan',
      submenu: [
        { label: 'Muat ulang', role: 'reload' },
        ...(o.dikemas ? [] : [{ label: 'Alat pengembang', role: 'toggleDevTools' } as const]),
        pemisah,
        { label: 'Ukuran asli', role: 'resetZoom' },
        { label: 'Perbesar', role: 'zoomIn' },
        { label: 'Perkecil', role: 'zoomOut' },
        pemisah,
        { label: 'Layar penuh', role: 'togglefullscreen' },
      ],
    },
    {
      label: 'Bantuan',
      submenu: [{ label: 'Tentang Sinergi', click: buka('tentang') }],
    },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
