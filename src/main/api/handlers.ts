// Every domain's handlers joined into the one map that IPC, HTTP and the tests dispatch to.
import { opdHandlers } from '../opd/handlers';
import { penandatanganHandlers } from '../penandatangan/handlers';
import { pengaturanHandlers } from '../pengaturan/handlers';
import { sistemHandlers } from '../sistem/handlers';
import type { Handlers } from './context';

export const handlers: Handlers = {
  ...sistemHandlers,
  ...pengaturanHandlers,
  ...opdHandlers,
  ...penandatanganHandlers,
};
