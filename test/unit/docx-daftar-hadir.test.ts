import { describe, expect, it } from 'vitest';
import { buatDaftarHadir } from '../../src/main/docx/daftarHadir';
import { barisTabel, bacaDocx, harusBerurutan } from '../helpers/docx';
import { dataDaftarHadir, penerima, simpanUntukDilihat } from '../helpers/dataDokumen';

describe('Daftar Hadir (DOCX)', () => {
  it('lists the meeting, then one row per invitee and blank rows, numbers staggered for signing', async () => {
    const isi = await buatDaftarHadir(dataDaftarHadir());
    simpanUntukDilihat('daftar-hadir.docx', isi);
    const { teks, xml } = await bacaDocx(isi);
    harusBerurutan(teks, [
      'DAFTAR HADIR',
      'RAPAT KOORDINASI TRIWULAN II BIDANG EKONOMI',
      'Hari/tanggal',
      'Kamis, 8 Juli 2021',
      'Waktu',
      '09.00 s.d. 12.00 WITA',
      'Tempat',
      'Ruang Pola Kantor Bupati Contoh',
    ]);
    const baris = barisTabel(xml).filter((r) => r.length === 5);
    expect(baris[0]).toEqual(['No.', 'Nama', 'Jabatan', 'Instansi/OPD', 'Tanda Tangan']);
    expect(baris).toHaveLength(1 + 12 + 5);
    expect(baris[1]).toEqual(['1.', ...Object.values(penerima(1)[0]!).slice(0, 3), '1.']);
    expect(baris[14]).toEqual(['14.', '', '', '', '14.']);
    expect(xml.includes('<w:tblHeader/>'), '<w:tblHeader/>').toBe(true);
    // Even numbers sign further right than odd ones.
    expect(/<w:ind w:left="\d+"\/>[\s\S]{0,200}>2\.<\/w:t>/.test(xml)).toBe(true);
  });

  it('prints an empty list of blank rows for a meeting without invitees', async () => {
    const { xml } = await bacaDocx(await buatDaftarHadir(dataDaftarHadir({ peserta: [], barisKosong: 10 })));
    expect(barisTabel(xml).filter((r) => r.length === 5)).toHaveLength(11);
  });
});
