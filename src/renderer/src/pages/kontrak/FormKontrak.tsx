// The contract of one sub kegiatan: penyedia, number, value, dates, and optionally its own monthly plan (cumulative
// physical progress at each month's end); without one the schedule is a straight line from start to end.
import { useState } from 'react';
import type { Kontrak, KontrakInput } from '../../../../shared/api/kontrak';
import type { Opd } from '../../../../shared/api/opd';
import { formatAngka, parseAngka } from '../../../../shared/format';
import { bulanKontrak, labelBulanTahun } from '../../../../shared/monev/kontrak';
import { api } from '../../api/client';
import { Isian, isianTeks } from '../../components/Isian';
import { useSimpanForm } from '../../components/useJalankan';
import { InputTanggal } from '../../components/InputWaktu';
import { useNotifikasi } from '../../components/Notifikasi';
import { OpsiOpd, PilihSubKegiatan } from '../../components/PilihOpd';

interface Isi {
  id?: number;
  revisi?: number;
  opdId: number | null;
  subKegiatanId: number | null;
  nomor: string;
  penyedia: string;
  nilai: string;
  tanggalMulai: string;
  tanggalSelesai: string;
  jadwal: Record<string, string>;
}

const KOSONG: Isi = {
  opdId: null,
  subKegiatanId: null,
  nomor: '',
  penyedia: '',
  nilai: '',
  tanggalMulai: '',
  tanggalSelesai: '',
  jadwal: {},
};

export function dariKontrak(k: Kontrak): Isi {
  return {
    id: k.id,
    revisi: k.revisi,
    opdId: k.opdId,
    subKegiatanId: k.subKegiatanId,
    nomor: k.nomor,
    penyedia: k.penyedia,
    nilai: formatAngka(k.nilai, 2),
    tanggalMulai: k.tanggalMulai,
    tanggalSelesai: k.tanggalSelesai,
    jadwal: Object.fromEntries(k.jadwal.map((j) => [j.bulan, formatAngka(j.rencanaFisik, 2)])),
  };
}

export function FormKontrak({
  awal,
  tahun,
  opd,
  selesai,
}: {
  awal: Isi | null;
  tahun: number;
  opd: Opd[];
  selesai: () => void;
}) {
  const [isi, setIsi] = useState<Isi>(awal ?? KOSONG);
  const { galat, setGalat, simpan: jalankan } = useSimpanForm();
  const teks = isianTeks(isi, setIsi, galat);
  const { tampilkan } = useNotifikasi();
  const bulan =
    isi.tanggalMulai && isi.tanggalSelesai && isi.tanggalSelesai >= isi.tanggalMulai
      ? bulanKontrak(isi.tanggalMulai, isi.tanggalSelesai)
      : [];

  const simpan = async () => {
    const hasil = bacaIsian(isi, bulan);
    if ('salah' in hasil) {
      setGalat(hasil.salah);
      return tampilkan(Object.values(hasil.salah).join('; '), 'galat');
    }
    const tersimpan = await jalankan(
      () => api('kontrak.simpan', hasil.input),
      (k) => `Kontrak ${k.subKode} (${k.penyedia}) disimpan`,
    );
    if (tersimpan.ok) selesai();
  };

  return (
    <div className="kontrak-form" role="form" aria-label="Kontrak">
      <Isian label="OPD" galat={undefined}>
        <select
          value={isi.opdId ?? ''}
          onChange={(e) => setIsi({ ...isi, opdId: Number(e.target.value) || null, subKegiatanId: null })}
        >
          <option value="">Pilih OPD…</option>
          <OpsiOpd opd={opd} />
        </select>
      </Isian>
      <div className="lebar">
        <Isian label="Sub kegiatan" galat={galat['subKegiatanId']}>
          <PilihSubKegiatan
            opdId={isi.opdId}
            tahun={tahun}
            nilai={isi.subKegiatanId}
            ubah={(subKegiatanId) => setIsi({ ...isi, subKegiatanId })}
            kosong="Pilih sub kegiatan…"
          />
        </Isian>
      </div>
      {teks('penyedia', 'Penyedia')}
      {teks('nomor', 'Nomor kontrak')}
      {teks('nilai', 'Nilai kontrak (Rp)', { inputMode: 'decimal' })}
      <Isian label="Tanggal mulai" galat={galat['tanggalMulai']}>
        <InputTanggal nilai={isi.tanggalMulai} ubah={(v) => setIsi({ ...isi, tanggalMulai: v })} />
      </Isian>
      <Isian label="Tanggal selesai" galat={galat['tanggalSelesai']}>
        <InputTanggal nilai={isi.tanggalSelesai} ubah={(v) => setIsi({ ...isi, tanggalSelesai: v })} />
      </Isian>
      <JadwalKontrak
        bulan={bulan}
        jadwal={isi.jadwal}
        galat={galat['jadwal']}
        ubah={(jadwal) => setIsi({ ...isi, jadwal })}
      />
      <div className="bilah-aksi lebar">
        <button type="button" className="utama" onClick={() => void simpan()}>
          Simpan kontrak
        </button>
        <button type="button" onClick={selesai}>
          Batal
        </button>
      </div>
    </div>
  );
}

/** The contract as the API takes it, or the fields whose numbers cannot be read. */
function bacaIsian(isi: Isi, bulan: string[]): { input: KontrakInput } | { salah: Record<string, string> } {
  const nilai = parseAngka(isi.nilai, { jenis: 'uang' });
  const salah: Record<string, string> = {};
  if (!nilai.ok) salah['nilai'] = `Nilai kontrak: ${nilai.pesan}`;
  const jadwal = bulan.flatMap((b) => {
    const r = parseAngka(isi.jadwal[b] ?? '', { jenis: 'persen' });
    if (!r.ok) salah['jadwal'] = `Rencana ${labelBulanTahun(b)}: ${r.pesan}`;
    return r.ok && r.value !== null ? [{ bulan: b, rencanaFisik: r.value }] : [];
  });
  if (Object.keys(salah).length > 0 || !nilai.ok) return { salah };
  return {
    input: {
      ...(isi.id === undefined ? {} : { id: isi.id, revisi: isi.revisi }),
      // Not chosen: sent empty, so the refusal says the field is required.
      subKegiatanId: isi.subKegiatanId as number,
      nomor: isi.nomor,
      penyedia: isi.penyedia,
      nilai: nilai.value ?? 0,
      tanggalMulai: isi.tanggalMulai,
      tanggalSelesai: isi.tanggalSelesai,
      jadwal,
    },
  };
}

/** The contract's own monthly plan: cumulative physical progress at the end of each month of the contract. */
function JadwalKontrak({
  bulan,
  jadwal,
  galat,
  ubah,
}: {
  bulan: string[];
  jadwal: Record<string, string>;
  galat: string | undefined;
  ubah: (jadwal: Record<string, string>) => void;
}) {
  if (bulan.length === 0) return null;
  return (
    <fieldset className="kontrak-jadwal">
      <legend className="keterangan">
        Rencana fisik kumulatif akhir bulan (%), boleh dikosongkan: tanpa isian, rencana naik lurus dari tanggal mulai
        ke tanggal selesai
        {galat && <strong className="pesan-salah"> · {galat}</strong>}
      </legend>
      {bulan.map((b) => (
        <label key={b}>
          {labelBulanTahun(b)}
          <input
            value={jadwal[b] ?? ''}
            inputMode="decimal"
            onChange={(e) => ubah({ ...jadwal, [b]: e.target.value })}
          />
        </label>
      ))}
    </fieldset>
  );
}
