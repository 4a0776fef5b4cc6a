import { describe, expect, it } from 'vitest';
import { buatNotulen } from '../../src/main/docx/notulen';
import { barisTabel, bacaDocx, harusBerurutan } from '../helpers/docx';
import { dataNotulen, simpanUntukDilihat } from '../helpers/dataDokumen';

describe('Notulen (DOCX)', () => {
  it('has the header block, the four parts, the follow-up tables and both signatures in order', async () => {
    const isi = await buatNotulen(dataNotulen());
    simpanUntukDilihat('notulen.docx', isi);
    const { teks, xml } = await bacaDocx(isi);
    harusBerurutan(teks, [
      'NOTULEN RAPAT',
      'Rapat',
      'Rapat Koordinasi Triwulan II Bidang Ekonomi',
      'Hari/tanggal',
      'Kamis, 8 Juli 2021',
      'Waktu',
      '09.00 WITA s.d. selesai',
      'Tempat',
      'Pimpinan Rapat',
      'Ir. La Ode Budiman, M.Si. (Asisten Perekonomian dan Pembangunan)',
      'Notulis',
      'Rina Marlina, S.E.',
      'Peserta',
      'diundang 8 orang; hadir 7 orang (2 diwakili); tidak hadir 1 orang',
      'A. Pembukaan',
      'Rapat dibuka',
      'B. Pembahasan',
      '1. Paparan realisasi fisik dan keuangan s.d. Triwulan II',
      'Kabag Perekonomian',
      'Realisasi fisik 35,20%',
      'Kepala Distanak',
      'C. Kesimpulan/Keputusan',
      '1.\tOPD dengan deviasi merah menyusun rencana percepatan.',
      '2.\tKendala e-katalog dibawa ke provinsi.',
      'D. Tindak Lanjut',
      'Menyusun rencana percepatan',
      '31 Juli 2021',
      'E. Tindak Lanjut Rapat Sebelumnya',
      'Melengkapi data realisasi',
      'Rakor Triwulan I (12 April 2021)',
      'Selesai',
      'F. Kendala',
      'Produk bibit belum tayang di e-katalog',
      'Pemerintah Provinsi',
      'Notulis,',
      'Rina Marlina, S.E.',
      'NIP. 19900101 201503 2 001',
      'Sukamakmur, 8 Juli 2021',
      'Pimpinan Rapat,',
      'Ir. La Ode Budiman, M.Si.',
      'NIP. 19700101 200003 1 001',
    ]);
    const tl = barisTabel(xml).filter((r) => r[1] === 'Menyusun rencana percepatan');
    expect(tl).toEqual([['1.', 'Menyusun rencana percepatan', 'Distanak, DKP', '31 Juli 2021', 'Belum']]);
  });

  it('prints "-" for the parts of a meeting whose minutes are still empty', async () => {
    const isi = await buatNotulen(
      dataNotulen({
        pimpinan: null,
        notulis: { nama: '', nip: '' },
        pembukaan: '',
        pembahasan: [],
        kesimpulan: '',
        tindakLanjut: [],
        tindakLanjutSebelumnya: [],
        kendala: [],
      }),
    );
    simpanUntukDilihat('notulen-kosong.docx', isi);
    const { teks } = await bacaDocx(isi);
    harusBerurutan(teks, ['Pimpinan Rapat', '-', 'A. Pembukaan', '-', 'B. Pembahasan', '-', 'F. Kendala', '-']);
  });
});
