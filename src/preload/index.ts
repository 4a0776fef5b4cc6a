// The preload exposes exactly one function to the page: invoke(method, input). Nothing else crosses.
import { contextBridge, ipcRenderer } from 'electron';

contextBridge.exposeInMainWorld('sinergi', {
  invoke: (method: string, input: unknown): Promise<unknown> => ipcRenderer.invoke('sinergi:invoke', method, input),
});
