import { describe, expect, it } from 'vitest';
import { buatUndangan } from '../../src/main/docx/undangan';
import { barisTabel, bacaDocx, harusBerurutan } from '../helpers/docx';
import { dataUndangan, HALAMAN, penerima, simpanUntukDilihat } from '../helpers/dataDokumen';

/** The rows of the invitee table: from its "No." header on, four cells each. */
function tabelSetelahNo(xml: string): string[][] {
  const semua = barisTabel(xml);
  return semua.slice(semua.findIndex((r) => r[0] === 'No.')).filter((r) => r.length === 4);
}

describe('Surat Undangan (DOCX)', () => {
  it('has the kop, the letter head, Yth., the body, the signature with NIP and the tembusan in order', async () => {
    const isi = await buatUndangan(dataUndangan());
    simpanUntukDilihat('undangan.docx', isi);
    const { teks, xml } = await bacaDocx(isi);
    harusBerurutan(teks, [
      'PEMERINTAH KABUPATEN CONTOH',
      'SEKRETARIAT DAERAH',
      'Jl. Poros Pemerintahan No. 1, Sukamakmur, Kode Pos 93771',
      'Telepon (0403) 21001, Pos-el ekbang@contohkab.go.id',
      'Laman www.contohkab.go.id',
      'Nomor',
      '000.1.5/123/Ekbang/2021',
      'Sukamakmur, 1 Juli 2021',
      'Sifat',
      'Penting',
      'Lampiran',
      '1 (satu) lembar',
      'Hal',
      'Undangan Rapat Koordinasi Triwulan II',
      'Yth.\tKepala Perangkat Daerah\n(daftar terlampir)',
      'di',
      'Tempat',
      'Dalam rangka evaluasi',
      'Hari/tanggal',
      'Kamis, 8 Juli 2021',
      'Waktu',
      '09.00 WITA s.d. selesai',
      'Tempat',
      'Ruang Pola Kantor Bupati Contoh',
      'Acara',
      '1.\tPaparan realisasi fisik dan keuangan s.d. Triwulan II',
      '2.\tPembahasan kendala dan tindak lanjut',
      'Narasumber',
      'Asisten Perekonomian dan Pembangunan',
      'Mengingat pentingnya acara',
      'a.n. BUPATI CONTOH',
      'SEKRETARIS DAERAH,',
      'Drs. H. Muhammad Yusuf Tamrin, M.Si.',
      'Pembina Utama Madya (IV/d)',
      'NIP. 19700101 200003 1 001',
      'Tembusan:',
      '1.\tBupati Contoh (sebagai laporan);',
      '2.\tWakil Bupati Contoh',
      'LAMPIRAN SURAT UNDANGAN',
      'DAFTAR KEPALA PERANGKAT DAERAH YANG DIUNDANG',
    ]);
    // The kop carries the emblem; the name is bold and underlined; A4 page size in twips.
    expect(xml.includes('<pic:pic'), '<pic:pic').toBe(true);
    expect(/<w:b\/>[\s\S]{0,80}<w:u w:val="single"\/>[\s\S]{0,200}Drs\. H\. Muhammad Yusuf Tamrin/.test(xml)).toBe(
      true,
    );
    expect(xml.includes('<w:pgSz w:w="11906" w:h="16838"'), '<w:pgSz w:w="11906" w:h="16838"').toBe(true);
    expect(xml.includes('<w:pageBreakBefore/>'), '<w:pageBreakBefore/>').toBe(true);
    // The lampiran table: a header row repeated on every page, then one row per invitee.
    const lampiran = tabelSetelahNo(xml);
    expect(lampiran[0]).toEqual(['No.', 'Nama', 'Jabatan', 'Instansi']);
    expect(lampiran.slice(1).map((r) => r[2])).toEqual(penerima(8).map((p) => p.jabatan));
    expect(xml.includes('<w:tblHeader/>'), '<w:tblHeader/>').toBe(true);
  });

  it('writes up to three addressees after Yth. with numbers, one without, and no lampiran', async () => {
    const tiga = await bacaDocx(await buatUndangan(dataUndangan({ penerima: penerima(3), lampiran: 0 })));
    harusBerurutan(tiga.teks, [
      'Lampiran',
      '-',
      'Yth.\t1.\tKepala Dinas Contoh Nomor 1',
      '2.\tKepala Dinas Contoh Nomor 2',
      '3.\tKepala Dinas Contoh Nomor 3',
      'di',
    ]);
    expect(tiga.teks).not.toContain('LAMPIRAN SURAT UNDANGAN');
    expect(tiga.xml).not.toContain('<w:pageBreakBefore/>');

    const satu = await bacaDocx(await buatUndangan(dataUndangan({ penerima: penerima(1), lampiran: 0 })));
    expect(satu.paragraf).toContain('Yth.\tKepala Dinas Contoh Nomor 1');
  });

  it('puts 60 invitees in the lampiran with the header row repeated, F4 paper', async () => {
    const isi = await buatUndangan(
      dataUndangan({ penerima: penerima(60), lampiran: 3, halaman: { ...HALAMAN, ukuran: 'F4' } }),
    );
    simpanUntukDilihat('undangan-60.docx', isi);
    const { xml, teks } = await bacaDocx(isi);
    expect(xml.includes('<w:pgSz w:w="12189" w:h="18709"'), '<w:pgSz w:w="12189" w:h="18709"').toBe(true);
    harusBerurutan(teks, ['3 (tiga) lembar', '(daftar terlampir)', 'LAMPIRAN SURAT UNDANGAN']);
    const baris = tabelSetelahNo(xml);
    expect(baris).toHaveLength(61);
    expect(baris.at(-1)?.[0]).toBe('60.');
    expect(baris.at(-1)?.[1]).toBe('La Ode Peserta Ke-60, S.E., M.Si.');
  });

  it('prints a letter without the optional parts', async () => {
    const isi = await buatUndangan(
      dataUndangan({
        logo: null,
        instansi: { ...dataUndangan().instansi, alamat: '', telepon: '', email: '', laman: '', kodePos: '' },
        lampiran: 0,
        penerima: [],
        acara: [],
        narasumber: [],
        tembusan: [],
        penandatangan: null,
        atasNama: [],
        waktuSelesai: '',
        pembuka: 'Dengan hormat, kami mengundang Bapak/Ibu pada:',
        penutup: '',
      }),
    );
    simpanUntukDilihat('undangan-minimal.docx', isi);
    const { teks, xml } = await bacaDocx(isi);
    harusBerurutan(teks, [
      'PEMERINTAH KABUPATEN CONTOH',
      'Yth.\tBapak/Ibu Peserta Rapat',
      'Waktu',
      '09.00 WITA',
      'Acara',
      'Undangan Rapat Koordinasi Triwulan II',
      'NIP.',
    ]);
    expect(xml.includes('<pic:pic'), '<pic:pic').toBe(false);
    expect(teks.includes('Tembusan'), 'Tembusan').toBe(false);
    expect(teks.includes('Narasumber'), 'Narasumber').toBe(false);
  });

  it('keeps quotes, ampersands, angle brackets and Unicode intact', async () => {
    const hal = 'Rapat "Sinergi" & Evaluasi <Triwulan> — Ekonomi Ḍaerah ✓ 日本';
    const isi = await buatUndangan(
      dataUndangan({ hal, tempat: 'Aula Bapp\'eda & Ruang "Pola"', acara: ['Tanya & jawab <bebas>'] }),
    );
    simpanUntukDilihat('undangan-unicode.docx', isi);
    const { teks, xml } = await bacaDocx(isi);
    harusBerurutan(teks, [hal, 'Aula Bapp\'eda & Ruang "Pola"', 'Tanya & jawab <bebas>']);
    expect(
      xml.includes('Rapat &quot;Sinergi&quot; &amp; Evaluasi &lt;Triwulan&gt;'),
      'Rapat &quot;Sinergi&quot; &amp; Evaluasi &lt;Triwulan&gt;',
    ).toBe(true);
  });
});
