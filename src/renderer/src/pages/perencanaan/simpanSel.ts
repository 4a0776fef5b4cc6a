// One edited cell of the Perencanaan grid saved where it belongs: a name to its program or kegiatan, an indicator
// cell to its indicator (an emptied indicator is deleted), the rest to the sub kegiatan.
import { parseAngka } from '../../../../shared/format';
import type { Versi } from '../../../../shared/renja';
import { api } from '../../api/client';
import type { BarisGridRenja } from './kolom';
import { inputSubKegiatan, KOLOM_SUNTING, suntingBaris } from './sunting';

/** Saves the cell; returns a message when the typed value cannot be read (nothing is sent then). */
export async function simpanSelRenja(
  d: BarisGridRenja,
  kolom: string,
  mentah: unknown,
  konteks: { opdId: number; tahun: number; versi: Versi },
): Promise<string | null> {
  const teks = mentah == null ? '' : String(mentah).trim();
  const r = d.renja;
  if (kolom === 'nama' && r.tingkat === 'program') {
    await api('renja.simpanProgram', {
      id: r.id,
      opdId: konteks.opdId,
      tahun: konteks.tahun,
      kode: r.kode,
      nama: teks,
    });
    return null;
  }
  if (kolom === 'nama' && r.tingkat === 'kegiatan') {
    await api('renja.simpanKegiatan', { id: r.id, programId: r.indukId!, kode: r.kode, nama: teks });
    return null;
  }
  if (kolom === 'indikator' || kolom === 'satuan' || kolom === 'targetIndikator') {
    const ind = d.indikator;
    if (kolom === 'indikator' && teks === '') {
      if (ind) await api('renja.hapusIndikator', { id: ind.id });
      return null;
    }
    let target = ind?.target ?? null;
    if (kolom === 'targetIndikator') {
      const h = parseAngka(teks, { jenis: 'bilangan' });
      if (!h.ok) return h.pesan;
      target = h.value;
    }
    await api('renja.simpanIndikator', {
      ...(ind ? { id: ind.id, jenis: ind.jenis, arah: ind.arah } : {}),
      tingkat: r.tingkat,
      pemilikId: r.id,
      uraian: kolom === 'indikator' ? teks : (ind?.uraian ?? ''),
      satuan: kolom === 'satuan' ? teks : (ind?.satuan ?? ''),
      target,
    });
    return null;
  }
  if (r.tingkat !== 'subKegiatan' || !KOLOM_SUNTING.test(kolom)) return null;
  const hasil = suntingBaris(r, kolom, mentah);
  if (!hasil.ok) return hasil.pesan;
  await api('renja.simpanSubKegiatan', inputSubKegiatan(hasil.baris, konteks.versi));
  return null;
}
