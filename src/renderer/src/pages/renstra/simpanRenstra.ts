// A number typed the Indonesian way, as the Renstra forms read it.
import { parseAngka } from '../../../../shared/format';

/** The number, null when empty, or the message naming the field. */
export function bacaAngka(teks: string, label: string): number | null | string {
  const h = parseAngka(teks, { jenis: 'bilangan' });
  return h.ok ? h.value : `${label}: ${h.pesan}`;
}
