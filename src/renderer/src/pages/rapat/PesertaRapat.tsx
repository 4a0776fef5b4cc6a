// Invitees: whole OPD (one click for a cluster) or persons; attendance recorded after the meeting.
import type { Opd } from '../../../../shared/api/opd';
import { KLASTER, LABEL_KLASTER, type Klaster } from '../../../../shared/opd';
import {
  hitungKehadiran,
  KEHADIRAN,
  LABEL_KEHADIRAN,
  ringkasKehadiran,
  type TujuanUndangan,
} from '../../../../shared/rapat';
import { inputTeks } from '../../components/Isian';
import { useDraf } from '../../components/useDraf';
import { kunciBaru, type PesertaForm } from './formRapat';
import { PilihLabel } from '../../components/OpsiLabel';
import { Tabel } from '../../components/Tabel';
import { OpsiOpd } from '../../components/PilihOpd';

interface Props {
  peserta: PesertaForm[];
  tujuan: TujuanUndangan;
  opd: Opd[];
  galat: Record<string, string>;
  ubah: (peserta: PesertaForm[]) => void;
}

const ORANG_KOSONG = { nama: '', jabatan: '', instansi: '' };

/** An OPD row as the letter will address it (main does the same when it reads the meeting back). */
function barisOpd(o: Opd, tujuan: TujuanUndangan): PesertaForm {
  const sekretaris = tujuan === 'sekretaris';
  return {
    kunci: kunciBaru(),
    opdId: o.id,
    klaster: o.klaster,
    nama: sekretaris ? o.sekretarisNama : o.kepalaNama,
    jabatan: sekretaris ? `Sekretaris ${o.nama}` : o.kepalaJabatan || `Kepala ${o.nama}`,
    instansi: o.nama,
    diundang: true,
    kehadiran: '',
    diwakiliOleh: '',
  };
}

export function PesertaRapat({ peserta, tujuan, opd, galat, ubah }: Props) {
  return (
    <div>
      <TambahPeserta peserta={peserta} tujuan={tujuan} opd={opd} ubah={ubah} />
      <p className="keterangan" data-testid="ringkas-peserta">
        {peserta.length} peserta · {ringkasKehadiran(hitungKehadiran(peserta))}
      </p>
      <TabelPeserta peserta={peserta} galat={galat} ubah={ubah} />
    </div>
  );
}

/** Adding invitees: every OPD or a cluster at once, one OPD, or a person (invited, or recorded as present). */
function TambahPeserta({ peserta, tujuan, opd, ubah }: Omit<Props, 'galat'>) {
  const [opdDipilih, setOpdDipilih] = useDraf('peserta.opd', '');
  const [orang, setOrang] = useDraf('peserta.orang', ORANG_KOSONG);
  const sudah = new Set(peserta.flatMap((p) => (p.opdId === null ? [] : [p.opdId])));
  const tambahOpd = (daftar: Opd[]) =>
    ubah([...peserta, ...daftar.filter((o) => !sudah.has(o.id)).map((o) => barisOpd(o, tujuan))]);
  const tambahOrang = (diundang: boolean) => {
    ubah([
      ...peserta,
      {
        ...orang,
        kunci: kunciBaru(),
        opdId: null,
        klaster: null,
        diundang,
        kehadiran: diundang ? '' : 'hadir',
        diwakiliOleh: '',
      },
    ]);
    setOrang(ORANG_KOSONG);
  };
  const input = inputTeks(orang, setOrang);
  return (
    <>
      <div className="rapat-klaster" role="group" aria-label="Pilih OPD sekaligus">
        <span>Undang sekaligus:</span>
        <button type="button" onClick={() => tambahOpd(opd)}>
          Semua OPD
        </button>
        {KLASTER.map((k: Klaster) => (
          <button key={k} type="button" onClick={() => tambahOpd(opd.filter((o) => o.klaster === k))}>
            OPD bidang {LABEL_KLASTER[k]}
          </button>
        ))}
        <button type="button" className="tautan-bahaya" disabled={peserta.length === 0} onClick={() => ubah([])}>
          Kosongkan daftar
        </button>
      </div>
      <div className="rapat-sebaris rapat-tambah-peserta">
        <select aria-label="OPD" value={opdDipilih} onChange={(e) => setOpdDipilih(e.target.value)}>
          <option value="">(pilih OPD)</option>
          <OpsiOpd opd={opd.filter((o) => !sudah.has(o.id))} />
        </select>
        <button
          type="button"
          disabled={opdDipilih === ''}
          onClick={() => {
            tambahOpd(opd.filter((o) => o.id === Number(opdDipilih)));
            setOpdDipilih('');
          }}
        >
          Tambah OPD
        </button>
      </div>
      <div className="rapat-sebaris rapat-tambah-peserta">
        {input('nama', 'Nama peserta', { placeholder: 'Nama' })}
        {input('jabatan', 'Jabatan peserta', { placeholder: 'Jabatan' })}
        {input('instansi', 'Instansi peserta', { placeholder: 'Instansi' })}
        <button type="button" disabled={orang.nama.trim() === ''} onClick={() => tambahOrang(true)}>
          Tambah orang
        </button>
        <button
          type="button"
          disabled={orang.nama.trim() === ''}
          onClick={() => tambahOrang(false)}
          title="Hadir tanpa diundang"
        >
          Catat peserta tambahan
        </button>
      </div>
    </>
  );
}

/** The invitees in order with their attendance, each row with the errors main gave it. */
function TabelPeserta({ peserta, galat, ubah }: Pick<Props, 'peserta' | 'galat' | 'ubah'>) {
  const ubahBaris = (i: number, perubahan: Partial<PesertaForm>) =>
    ubah(peserta.map((p, j) => (j === i ? { ...p, ...perubahan } : p)));
  const galatBaris = (i: number) =>
    Object.entries(galat)
      .filter(([k]) => k.startsWith(`peserta.${i}.`))
      .map(([, v]) => v)
      .join('; ');
  return (
    <Tabel kolom={['No.', 'Nama', 'Jabatan', 'Instansi', 'Diundang', 'Kehadiran', 'Diwakili oleh', '']} baris={peserta}>
      {(p, i) => (
        <tr key={p.kunci} className={galatBaris(i) ? 'rapat-baris-salah' : undefined}>
          <td>{i + 1}.</td>
          <td>
            {p.nama || '-'}
            {galatBaris(i) && <small className="pesan-salah">{galatBaris(i)}</small>}
          </td>
          <td>{p.jabatan}</td>
          <td>{p.instansi}</td>
          <td>
            <input
              type="checkbox"
              aria-label={`Diundang: ${p.instansi || p.nama}`}
              checked={p.diundang}
              onChange={(e) => ubahBaris(i, { diundang: e.target.checked })}
            />
          </td>
          <td>
            <PilihLabel
              nilai={p.kehadiran}
              pilihan={KEHADIRAN}
              label={LABEL_KEHADIRAN}
              ubah={(v) => ubahBaris(i, { kehadiran: v })}
              aria-label={`Kehadiran ${p.instansi || p.nama}`}
            />
          </td>
          <td>
            {p.kehadiran === 'diwakili' && (
              <input
                aria-label={`Wakil ${p.instansi || p.nama}`}
                value={p.diwakiliOleh}
                onChange={(e) => ubahBaris(i, { diwakiliOleh: e.target.value })}
              />
            )}
          </td>
          <td>
            <button type="button" className="tautan-bahaya" onClick={() => ubah(peserta.filter((_, j) => j !== i))}>
              Hapus
            </button>
          </td>
        </tr>
      )}
    </Tabel>
  );
}
