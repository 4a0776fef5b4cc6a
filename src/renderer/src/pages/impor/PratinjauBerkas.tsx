// What one file would import: summary, per OPD, which column feeds which field, totals, skipped rows, warnings,
// problems and, for a Perubahan, what changes.
import { useState } from 'react';
import type { MasalahImpor, PemetaanKolom as Pilihan, PratinjauImpor } from '../../../../shared/api/impor';
import { formatAngka, formatRupiah } from '../../../../shared/format';
import { LABEL_VERSI } from '../../../../shared/renja';
import { PemetaanKolom } from './PemetaanKolom';
import { Tabel } from '../../components/Tabel';

function TabelMasalah({ judul, daftar, kelas }: { judul: string; daftar: MasalahImpor[]; kelas: string }) {
  const adaLembar = new Set(daftar.map((m) => m.lembar)).size > 1;
  return (
    <Tabel
      kelas={`tabel-masalah ${kelas}`}
      judul={judul}
      kolom={[adaLembar && 'Lembar', 'Baris', 'Kolom', 'Keterangan']}
      baris={daftar.slice(0, 200)}
    >
      {(m, i) => (
        <tr key={i}>
          {adaLembar && <td>{m.lembar || '-'}</td>}
          <td>{m.baris || '-'}</td>
          <td>{[m.huruf, m.kolom].filter(Boolean).join(' · ') || '-'}</td>
          <td>{m.pesan}</td>
        </tr>
      )}
    </Tabel>
  );
}

function Selisih({ s }: { s: NonNullable<PratinjauImpor['selisih']> }) {
  return (
    <details className="selisih" data-testid="selisih">
      <summary>
        Dibandingkan dengan {LABEL_VERSI[s.pembanding]} yang tersimpan: {formatAngka(s.ditambah.length)} sub kegiatan
        ditambah, {formatAngka(s.dihapus.length)} dihapus, {formatAngka(s.diubah.length)} berubah; jumlah pagu{' '}
        {formatRupiah(s.totalSebelum)} → {formatRupiah(s.totalSesudah)}
      </summary>
      <table className="tabel-masalah">
        <thead>
          <tr>
            <th>Perubahan</th>
            <th>Kode</th>
            <th>Sub kegiatan</th>
            <th>Pagu sebelum</th>
            <th>Pagu sesudah</th>
          </tr>
        </thead>
        <tbody>
          {s.ditambah.map((d) => (
            <tr key={`+${d.kode}`}>
              <td>ditambah</td>
              <td>{d.kode}</td>
              <td>{d.nama}</td>
              <td>-</td>
              <td className="angka">{formatRupiah(d.pagu)}</td>
            </tr>
          ))}
          {s.dihapus.map((d) => (
            <tr key={`-${d.kode}`}>
              <td>dihapus{d.adaRealisasi ? ' (sudah ada realisasi)' : ''}</td>
              <td>{d.kode}</td>
              <td>{d.nama}</td>
              <td className="angka">{formatRupiah(d.pagu)}</td>
              <td>-</td>
            </tr>
          ))}
          {s.diubah.map((d) => (
            <tr key={`~${d.kode}`}>
              <td>
                {d.paguLama !== d.paguBaru ? 'pagu berubah' : ''}
                {d.targetBerubah ? ' target berubah' : ''}
              </td>
              <td>{d.kode}</td>
              <td>{d.nama}</td>
              <td className="angka">{formatRupiah(d.paguLama)}</td>
              <td className="angka">{formatRupiah(d.paguBaru)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}

export function PratinjauBerkas({
  nama,
  pratinjau: p,
  galat,
  ubahPemetaan,
  lupakanPemetaan,
}: {
  nama: string;
  pratinjau?: PratinjauImpor | undefined;
  galat?: string | undefined;
  ubahPemetaan: (pilihan: Pilihan[]) => void;
  lupakanPemetaan: (tanda: string) => void;
}) {
  const [ubah, setUbah] = useState(false);
  return (
    <section className="pratinjau-berkas" aria-label={`Pratinjau ${nama}`}>
      <h3>{nama}</h3>
      {galat && <p className="pesan-salah">{galat}</p>}
      {p && (
        <>
          <ul className="ringkasan-impor">
            {p.ringkasan.map((r) => (
              <li key={r}>{r}</li>
            ))}
            {p.perOpd.length > 0 && (
              <li>
                {p.perOpd.length === 1 ? 'Untuk OPD: ' : `Untuk ${p.perOpd.length} OPD: `}
                {p.perOpd.map((o) => `${o.nama} (${formatAngka(o.jumlah)} ${o.satuan})`).join('; ')}
              </li>
            )}
            {p.pengodean && <li>Pengodean teks berkas: {p.pengodean}</li>}
            {p.lembar.map((l) => (
              <li key={l.nama}>
                Lembar “{l.nama}”: judul kolom di baris{' '}
                {l.barisHeaderAwal === l.barisHeader ? l.barisHeader : `${l.barisHeaderAwal}-${l.barisHeader}`},{' '}
                {formatAngka(l.jumlahBarisData)} baris data
                {l.pemetaan === 'diingat'
                  ? ', pemetaan kolom tersimpan'
                  : l.pemetaan === 'manual'
                    ? ', pemetaan kolom dipilih'
                    : ''}
              </li>
            ))}
          </ul>
          {p.selisih && <Selisih s={p.selisih} />}
          {p.peringatan.length > 0 && (
            <TabelMasalah
              judul={`${formatAngka(p.peringatan.length)} peringatan: periksa sebelum mengimpor.`}
              daftar={p.peringatan}
              kelas="tabel-peringatan"
            />
          )}
          {p.masalah.length > 0 ? (
            <TabelMasalah
              judul={`${formatAngka(p.masalah.length)} masalah: perbaiki berkas atau pemetaan kolomnya. Tidak ada yang diimpor.`}
              daftar={p.masalah}
              kelas=""
            />
          ) : (
            <p className="keterangan">Tidak ada masalah.</p>
          )}
          {p.lembar.map((l) => (
            <div key={l.tanda + l.nama} className="kolom-berkas">
              <p className="keterangan" data-testid="kolom-dibaca">
                {p.lembar.length > 1 ? `${l.nama}: ` : ''}
                {l.kolom.map((k, i) => (
                  <span key={k.indeks} className={k.medan ? '' : 'diabaikan'}>
                    {i > 0 && ', '}
                    {k.huruf} “{k.judul || '(tanpa judul)'}” → {k.dibacaSebagai}
                  </span>
                ))}
              </p>
              {(p.perluPemetaan || ubah || l.pemetaan !== 'otomatis') && (
                <PemetaanKolom lembar={l} ubah={ubahPemetaan} lupakan={() => lupakanPemetaan(l.tanda)} />
              )}
            </div>
          ))}
          {!p.perluPemetaan && !ubah && p.lembar.every((l) => l.pemetaan === 'otomatis') && (
            <button type="button" className="tautan" onClick={() => setUbah(true)}>
              Ubah pemetaan kolom…
            </button>
          )}
          {p.barisJumlah.length > 0 && (
            <p className="keterangan">
              Baris jumlah (tidak diimpor):{' '}
              {p.barisJumlah
                .map((j) => `baris ${j.baris} “${j.teks}”${j.nilai !== null ? ` ${formatRupiah(j.nilai)}` : ''}`)
                .join('; ')}
            </p>
          )}
          {p.dilewati.length > 0 && (
            <details className="keterangan">
              <summary>{formatAngka(p.dilewati.length)} baris lain dilewati (bukan data)</summary>
              {p.dilewati
                .slice(0, 100)
                .map((d) => `${d.baris ? `baris ${d.baris}` : `lembar ${d.lembar}`}: ${d.alasan}`)
                .join('; ')}
            </details>
          )}
        </>
      )}
    </section>
  );
}
