// The first steps of a database started empty, in the order the work needs them; each ticked from the data itself.
import type { LangkahAwal as Langkah } from '../../../../shared/api/sistem';

interface Butir {
  kunci: keyof Omit<Langkah, 'tahunAnggaran'>;
  judul: string;
  keterangan: string;
  tautan: string;
  label: string;
}

function daftarLangkah(tahun: number): Butir[] {
  return [
    {
      kunci: 'instansi',
      judul: 'Lengkapi profil instansi',
      keterangan: 'Nama pemerintah daerah, sekretariat, bagian dan kota penerbitan yang tercetak pada kop surat.',
      tautan: '#/pengaturan',
      label: 'Buka Pengaturan',
    },
    {
      kunci: 'opd',
      judul: 'Tambah OPD',
      keterangan: 'Daftar perangkat daerah yang dipantau, beserta kepala dan kontaknya.',
      tautan: '#/opd',
      label: 'Buka Data Master OPD',
    },
    {
      kunci: 'renja',
      judul: `Impor atau susun Renja tahun ${tahun}`,
      keterangan: 'Program, kegiatan dan sub kegiatan setiap OPD dengan pagu dan target bulanan.',
      tautan: '#/perencanaan',
      label: 'Buka Perencanaan',
    },
    {
      kunci: 'realisasi',
      judul: 'Isi realisasi',
      keterangan: 'Realisasi fisik dan keuangan yang dilaporkan OPD setiap bulan.',
      tautan: '#/realisasi',
      label: 'Buka Realisasi',
    },
  ];
}

/** Nothing once every step is done: the list is a guide for the first days, not a fixture of Beranda. */
export function LangkahAwal({ langkah }: { langkah: Langkah }) {
  const butir = daftarLangkah(langkah.tahunAnggaran);
  const selesai = butir.filter((b) => langkah[b.kunci]).length;
  if (selesai === butir.length) return null;
  return (
    <section className="langkah-awal" data-testid="langkah-awal" aria-labelledby="judul-langkah-awal">
      <h1 id="judul-langkah-awal">Langkah pertama</h1>
      <p className="keterangan">
        {selesai} dari {butir.length} langkah selesai. Daftar ini hilang setelah semua langkah selesai.
      </p>
      <ol>
        {butir.map((b, i) => {
          const sudah = langkah[b.kunci];
          // The first step not done yet is the one to do now.
          const berikut = !sudah && butir.slice(0, i).every((x) => langkah[x.kunci]);
          return (
            <li
              key={b.kunci}
              className={sudah ? 'sudah' : berikut ? 'berikut' : undefined}
              data-langkah={b.kunci}
              data-selesai={sudah ? 'ya' : 'tidak'}
            >
              <span className="tanda-langkah" aria-hidden="true">
                {sudah ? '✓' : i + 1}
              </span>
              <div>
                <strong>{b.judul}</strong>
                <span className="visually-hidden">{sudah ? ' (selesai)' : ' (belum)'}</span>
                <p>{b.keterangan}</p>
              </div>
              <a href={b.tautan} className={berikut ? 'tombol utama' : 'tombol'}>
                {b.label}
              </a>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
