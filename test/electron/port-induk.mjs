// Preloaded (--import) into the worker the stand-in's utilityProcess.fork starts: gives it Electron's
// process.parentPort (postMessage, and 'message' events carrying `data`) over Node's fork IPC channel.
import { EventEmitter } from 'node:events';

const port = new EventEmitter();
port.postMessage = (pesan) => process.send(pesan);
process.on('message', (data) => port.emit('message', { data }));
process.parentPort = port;
