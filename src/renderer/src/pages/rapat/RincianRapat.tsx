// The meeting's particulars, the letter's head (nomor, sifat, lampiran, hal), signatories, and the agenda.
import type { Dispatch, ReactNode, SetStateAction } from 'react';
import { formatLampiran } from '../../../../shared/format';
import {
  JENIS_RAPAT,
  LABEL_JENIS_RAPAT,
  LABEL_TUJUAN,
  lembarLampiran,
  pembukaBaku,
  PENUTUP_BAKU,
  SIFAT_SURAT,
  TUJUAN_UNDANGAN,
  tujuanBaku,
  usulanJudul,
  type JenisRapat,
} from '../../../../shared/rapat';
import { barisJabatan, jabatanLengkap } from '../../../../shared/tandaTangan';
import { Isian } from '../../components/Isian';
import { InputJam, InputTanggal } from '../../components/InputWaktu';
import { useDraf } from '../../components/useDraf';
import type { FormRapat } from './formRapat';
import type { DataPendukung } from './EditorRapat';
import { PilihLabel } from '../../components/OpsiLabel';

interface Props {
  form: FormRapat;
  setForm: Dispatch<SetStateAction<FormRapat>>;
  galat: Record<string, string>;
  pendukung: DataPendukung;
  terbitkanNomor: (nomorUrut: number | null) => Promise<void>;
}

const baris = (teks: string) => teks.split('\n');
const angkaAtauNull = (v: string) => (v.trim() === '' ? null : Number(v));

/** What every section of the form works with: the form, a setter of one field, and a labelled field with its error. */
interface Bagian {
  form: FormRapat;
  ubah: <K extends keyof FormRapat>(kolom: K, nilai: FormRapat[K]) => void;
  isian: (kolom: keyof FormRapat, label: string, anak: ReactNode) => ReactNode;
  pilihPejabat: (kolom: 'pimpinanId' | 'penandatanganId', label: string) => ReactNode;
}

export function RincianRapat({ form, setForm, galat, pendukung, terbitkanNomor }: Props) {
  const ubah = <K extends keyof FormRapat>(kolom: K, nilai: FormRapat[K]) => setForm((f) => ({ ...f, [kolom]: nilai }));
  const isian = (kolom: keyof FormRapat, label: string, anak: ReactNode) => (
    <Isian label={label} galat={galat[kolom]}>
      {anak}
    </Isian>
  );
  const pilihPejabat = (kolom: 'pimpinanId' | 'penandatanganId', label: string) =>
    isian(
      kolom,
      label,
      <select value={form[kolom] ?? ''} onChange={(e) => ubah(kolom, angkaAtauNull(e.target.value))}>
        <option value="">(belum dipilih)</option>
        {pendukung.penandatangan.map((p) => (
          <option key={p.id} value={p.id}>
            {p.nama} ({jabatanLengkap(p)})
          </option>
        ))}
      </select>,
    );
  const bagian: Bagian = { form, ubah, isian, pilihPejabat };
  return (
    <div className="rapat-form">
      <BagianRapat {...bagian} setForm={setForm} />
      <BagianSurat {...bagian} galat={galat} pendukung={pendukung} terbitkanNomor={terbitkanNomor} />
      <DaftarAcara {...bagian} galat={galat} />
    </div>
  );
}

/** The meeting itself: kind, period evaluated, title, time and place, who leads it. */
function BagianRapat({ form, ubah, isian, pilihPejabat, setForm }: Bagian & Pick<Props, 'setForm'>) {
  const gantiJenis = (jenis: JenisRapat) => setForm((f) => ({ ...f, jenis, tujuan: tujuanBaku(jenis) }));
  const usulkan = () => setForm((f) => ({ ...f, ...usulanJudul(f.jenis, f.tahun, f.triwulan) }));
  return (
    <>
      <h2>Rapat</h2>
      {isian(
        'jenis',
        'Jenis rapat',
        <PilihLabel nilai={form.jenis} pilihan={JENIS_RAPAT} label={LABEL_JENIS_RAPAT} ubah={(v) => gantiJenis(v)} />,
      )}
      {isian(
        'tahun',
        'Tahun yang dievaluasi',
        <input type="number" value={form.tahun ?? ''} onChange={(e) => ubah('tahun', angkaAtauNull(e.target.value))} />,
      )}
      {isian(
        'triwulan',
        'Triwulan yang dievaluasi',
        <select value={form.triwulan ?? ''} onChange={(e) => ubah('triwulan', angkaAtauNull(e.target.value))}>
          <option value="">(bukan evaluasi triwulan)</option>
          {[1, 2, 3, 4].map((t) => (
            <option key={t} value={t}>
              Triwulan {['I', 'II', 'III', 'IV'][t - 1]}
            </option>
          ))}
        </select>,
      )}
      <div className="rapat-lebar rapat-sebaris">
        {isian('judul', 'Judul rapat', <input value={form.judul} onChange={(e) => ubah('judul', e.target.value)} />)}
        <button type="button" onClick={usulkan}>
          Usulkan judul &amp; hal
        </button>
      </div>
      {isian('tanggal', 'Tanggal rapat', <InputTanggal nilai={form.tanggal} ubah={(v) => ubah('tanggal', v)} />)}
      {isian('waktuMulai', 'Waktu mulai', <InputJam nilai={form.waktuMulai} ubah={(v) => ubah('waktuMulai', v)} />)}
      {isian(
        'waktuSelesai',
        'Waktu selesai',
        <span className="rapat-sebaris">
          <select
            aria-label="Jenis waktu selesai"
            value={form.waktuSelesai === '' || form.waktuSelesai === 'selesai' ? form.waktuSelesai : 'jam'}
            onChange={(e) => ubah('waktuSelesai', e.target.value === 'jam' ? '12:00' : e.target.value)}
          >
            <option value="selesai">s.d. selesai</option>
            <option value="jam">pukul…</option>
            <option value="">(tidak ditulis)</option>
          </select>
          {/^\d/.test(form.waktuSelesai) && (
            <InputJam aria-label="Pukul selesai" nilai={form.waktuSelesai} ubah={(v) => ubah('waktuSelesai', v)} />
          )}
        </span>,
      )}
      <div className="rapat-lebar">
        {isian('tempat', 'Tempat', <input value={form.tempat} onChange={(e) => ubah('tempat', e.target.value)} />)}
      </div>
      {pilihPejabat('pimpinanId', 'Pimpinan rapat')}
    </>
  );
}

/** The invitation letter's head and text: number from the buku agenda, sifat, lampiran, addressees, signatory. */
function BagianSurat({
  form,
  ubah,
  isian,
  pilihPejabat,
  galat,
  pendukung,
  terbitkanNomor,
}: Bagian & Pick<Props, 'galat' | 'pendukung' | 'terbitkanNomor'>) {
  const penandatangan = pendukung.penandatangan.find((p) => p.id === form.penandatanganId);
  const diundang = form.peserta.filter((p) => p.diundang);
  const lampiranOtomatis = lembarLampiran(diundang, pendukung.pengaturan);
  const isianBaris = (kolom: 'narasumber' | 'tembusan', label: string, rows: number) =>
    isian(
      kolom,
      label,
      <textarea rows={rows} value={form[kolom].join('\n')} onChange={(e) => ubah(kolom, baris(e.target.value))} />,
    );
  return (
    <>
      <h2>Surat undangan</h2>
      <NomorSurat nomorSurat={form.nomorSurat} galat={galat} terbitkanNomor={terbitkanNomor} />
      {isian(
        'tanggalSurat',
        'Tanggal surat (kosong: hari ini)',
        <InputTanggal nilai={form.tanggalSurat} ubah={(v) => ubah('tanggalSurat', v)} />,
      )}
      {isian(
        'sifat',
        'Sifat',
        <select value={form.sifat} onChange={(e) => ubah('sifat', e.target.value as FormRapat['sifat'])}>
          {SIFAT_SURAT.map((s) => (
            <option key={s}>{s}</option>
          ))}
        </select>,
      )}
      {isian(
        'lampiran',
        `Lampiran (kosong: otomatis, ${formatLampiran(lampiranOtomatis)})`,
        <input
          type="number"
          min={0}
          value={form.lampiran ?? ''}
          onChange={(e) => ubah('lampiran', angkaAtauNull(e.target.value))}
        />,
      )}
      {isian(
        'tujuan',
        'Undangan OPD ditujukan kepada',
        <PilihLabel
          nilai={form.tujuan}
          pilihan={TUJUAN_UNDANGAN}
          label={LABEL_TUJUAN}
          ubah={(v) => ubah('tujuan', v)}
        />,
      )}
      <div className="rapat-lebar">
        {isian('hal', 'Hal', <input value={form.hal} onChange={(e) => ubah('hal', e.target.value)} />)}
      </div>
      {pilihPejabat('penandatanganId', 'Penandatangan undangan')}
      {isian(
        'atasNama',
        'Atas nama (kosong: sesuai data penandatangan; "-": tanpa a.n.)',
        <input
          value={form.atasNama}
          placeholder={penandatangan ? barisJabatan(penandatangan).slice(0, -1).join(' / ') : ''}
          onChange={(e) => ubah('atasNama', e.target.value)}
        />,
      )}
      <div className="rapat-lebar">
        {isian(
          'pembuka',
          'Kalimat pembuka (kosong: otomatis)',
          <textarea
            rows={3}
            value={form.pembuka}
            placeholder={pembukaBaku(form)}
            onChange={(e) => ubah('pembuka', e.target.value)}
          />,
        )}
        {isian(
          'penutup',
          'Kalimat penutup (kosong: otomatis)',
          <textarea
            rows={2}
            value={form.penutup}
            placeholder={PENUTUP_BAKU}
            onChange={(e) => ubah('penutup', e.target.value)}
          />,
        )}
        {isianBaris('narasumber', 'Narasumber (satu per baris)', 2)}
        {isianBaris('tembusan', 'Tembusan (satu per baris)', 3)}
      </div>
    </>
  );
}

/** The letter's number: the next one from the buku agenda, or a running number the user chooses. */
function NomorSurat({
  nomorSurat,
  galat,
  terbitkanNomor,
}: { nomorSurat: string } & Pick<Props, 'galat' | 'terbitkanNomor'>) {
  const [nomorUrut, setNomorUrut] = useDraf('rincian.nomorUrut', '');
  return (
    <div className="rapat-lebar rapat-sebaris rapat-nomor">
      <span>
        Nomor surat: <strong data-testid="nomor-surat">{nomorSurat || '(belum diambil)'}</strong>
      </span>
      <button type="button" onClick={() => void terbitkanNomor(null)}>
        Ambil nomor dari buku agenda
      </button>
      <input
        aria-label="Nomor urut"
        placeholder="Nomor urut lain"
        inputMode="numeric"
        value={nomorUrut}
        onChange={(e) => setNomorUrut(e.target.value)}
      />
      <button type="button" disabled={!/^\d+$/.test(nomorUrut)} onClick={() => void terbitkanNomor(Number(nomorUrut))}>
        Pakai nomor urut ini
      </button>
      {galat['nomorUrut'] && <small className="pesan-salah">{galat['nomorUrut']}</small>}
    </div>
  );
}

/** The agenda: items in order, each can move up or go. */
function DaftarAcara({ form, ubah, galat }: Bagian & Pick<Props, 'galat'>) {
  return (
    <>
      <h2>Acara</h2>
      <ol className="rapat-lebar rapat-acara">
        {form.acara.map((a, i) => (
          <li key={a.id ?? `baru-${i}`}>
            <input
              aria-label={`Acara ${i + 1}`}
              value={a.uraian}
              onChange={(e) =>
                ubah(
                  'acara',
                  form.acara.map((x, j) => (j === i ? { ...x, uraian: e.target.value } : x)),
                )
              }
            />
            <button
              type="button"
              disabled={i === 0}
              aria-label={`Naikkan acara ${i + 1}`}
              onClick={() => ubah('acara', tukar(form.acara, i - 1))}
            >
              ↑
            </button>
            <button
              type="button"
              className="tautan-bahaya"
              onClick={() =>
                ubah(
                  'acara',
                  form.acara.filter((_, j) => j !== i),
                )
              }
            >
              Hapus
            </button>
            {galat[`acara.${i}.uraian`] && <small className="pesan-salah">{galat[`acara.${i}.uraian`]}</small>}
          </li>
        ))}
      </ol>
      <div className="rapat-lebar">
        <button type="button" onClick={() => ubah('acara', [...form.acara, { uraian: '' }])}>
          Tambah acara
        </button>
        <p className="keterangan">
          Tindak lanjut dan kendala yang masih terbuka dari rapat sebelumnya ditawarkan di tab “Tindak lanjut &amp;
          kendala” setelah rapat disimpan.
        </p>
      </div>
    </>
  );
}

/** The list with item i and i+1 swapped. */
function tukar<T>(daftar: T[], i: number): T[] {
  const hasil = [...daftar];
  [hasil[i], hasil[i + 1]] = [hasil[i + 1]!, hasil[i]!];
  return hasil;
}
