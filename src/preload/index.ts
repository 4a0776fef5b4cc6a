// The preload exposes exactly one function to the page: invoke(method, input[, kemajuan]). Nothing else crosses.
import { contextBridge, ipcRenderer } from 'electron';

let tugasTerakhir = 0;

contextBridge.exposeInMainWorld('sinergi', {
  invoke: (method: string, input: unknown, kemajuan?: unknown): Promise<unknown> => {
    if (typeof kemajuan !== 'function') return ipcRenderer.invoke('sinergi:invoke', method, input);
    // Progress of this call only: main tags each report with the number the call was sent with.
    const tugas = ++tugasTerakhir;
    const dengar = (_event: unknown, dari: unknown, k: unknown) => {
      if (dari === tugas) (kemajuan as (k: unknown) => void)(k);
    };
    ipcRenderer.on('sinergi:kemajuan', dengar);
    return ipcRenderer
      .invoke('sinergi:invoke', method, input, tugas)
      .finally(() => ipcRenderer.removeListener('sinergi:kemajuan', dengar));
  },
});
