// Pengaturan: the warning thresholds (merah/kuning/hijau), the capaian formula for lower-is-better indicators and the
// predikat bands; every screen, document and export judges figures with these.
import { useState, type FormEvent } from 'react';
import type { PengaturanMonev } from '../../../shared/api/pengaturan';
import { parseAngka } from '../../../shared/format';
import {
  kalimatPredikat,
  kalimatStatus,
  LABEL_PRESET_PREDIKAT,
  PRESET_PREDIKAT,
  type BatasPredikat,
} from '../../../shared/monev/aturan';
import { api } from '../api/client';
import { Isian } from '../components/Isian';
import { useJalankan } from '../components/useJalankan';
import { useMuat } from '../components/useMuat';

type KolomAturan = keyof PengaturanMonev['aturanStatus'];

const NAMA_BATAS = ['Sangat Tinggi', 'Tinggi', 'Sedang', 'Rendah'] as const;
type Preset = keyof typeof PRESET_PREDIKAT | 'sendiri';

function presetDari(p: BatasPredikat): Preset {
  const cocok = (Object.keys(PRESET_PREDIKAT) as (keyof typeof PRESET_PREDIKAT)[]).find(
    (k) =>
      PRESET_PREDIKAT[k].termasukBatas === p.termasukBatas &&
      PRESET_PREDIKAT[k].batas.every((b, i) => b === p.batas[i]),
  );
  return cocok ?? 'sendiri';
}

const teksAngka = (n: number) => String(n).replace('.', ',');

const ISIAN: [KolomAturan, string][] = [
  ['batasMerahRendah', 'Merah bila deviasi fisik di bawah (poin), selama target ≤ ambang'],
  ['batasMerahTinggi', 'Merah bila deviasi fisik di bawah (poin), selama target > ambang'],
  ['ambangTarget', 'Ambang target fisik (%)'],
];

function Form({ awal }: { awal: PengaturanMonev }) {
  const [teks, setTeks] = useState(
    () =>
      Object.fromEntries(ISIAN.map(([k]) => [k, String(awal.aturanStatus[k]).replace('.', ',')])) as Record<
        KolomAturan,
        string
      >,
  );
  const [rumus, setRumus] = useState(awal.rumusNegatif);
  const [batas, setBatas] = useState(() => awal.predikat.batas.map(teksAngka));
  const [termasukBatas, setTermasukBatas] = useState(awal.predikat.termasukBatas);
  const pilihPreset = (p: Preset) => {
    if (p === 'sendiri') return;
    setBatas(PRESET_PREDIKAT[p].batas.map(teksAngka));
    setTermasukBatas(PRESET_PREDIKAT[p].termasukBatas);
  };
  const [galat, setGalat] = useState<Record<string, string>>({});
  const jalankan = useJalankan();

  const kirim = async (e: FormEvent) => {
    e.preventDefault();
    const aturan: Partial<Record<KolomAturan, number>> = {};
    const salah: Record<string, string> = {};
    for (const [k, label] of ISIAN) {
      const hasil = parseAngka(teks[k], { jenis: 'bilangan' });
      if (hasil.ok && hasil.value !== null) aturan[k] = hasil.value;
      else salah[`aturanStatus.${k}`] = hasil.ok ? `${label} wajib diisi` : hasil.pesan;
    }
    const angkaBatas = batas.map((t, i) => {
      const hasil = parseAngka(t, { jenis: 'bilangan' });
      if (hasil.ok && hasil.value !== null) return hasil.value;
      salah[`predikat.batas.${i}`] = hasil.ok ? `Batas ${NAMA_BATAS[i]} wajib diisi` : hasil.pesan;
      return 0;
    });
    if (Object.keys(salah).length > 0) return setGalat(salah);
    const hasil = await jalankan(
      () =>
        api('pengaturan.simpanMonev', {
          aturanStatus: aturan as PengaturanMonev['aturanStatus'],
          rumusNegatif: rumus,
          predikat: { batas: angkaBatas as BatasPredikat['batas'], termasukBatas },
        }),
      'Aturan peringatan disimpan',
    );
    setGalat(hasil.ok ? {} : hasil.galat);
  };

  return (
    <form className="form-pengaturan" onSubmit={(e) => void kirim(e)} aria-label="Aturan peringatan">
      <h2>Aturan peringatan (status merah, kuning, hijau)</h2>
      <p className="keterangan" style={{ gridColumn: '1 / -1' }}>
        Bawaan mengikuti kaidah kontrak kritis. Yang berlaku sekarang: {kalimatStatus(awal.aturanStatus)}.
      </p>
      {ISIAN.map(([k, label]) => (
        <Isian key={k} label={label} galat={galat[`aturanStatus.${k}`]}>
          <input value={teks[k]} inputMode="decimal" onChange={(e) => setTeks({ ...teks, [k]: e.target.value })} />
        </Isian>
      ))}
      <Isian label="Rumus capaian indikator negatif (makin kecil makin baik)" galat={galat['rumusNegatif']}>
        <select value={rumus} onChange={(e) => setRumus(e.target.value as PengaturanMonev['rumusNegatif'])}>
          <option value="selisih">(2 × target − realisasi) / target × 100</option>
          <option value="kebalikan">target / realisasi × 100</option>
        </select>
      </Isian>
      <h2>Predikat capaian kinerja</h2>
      <p className="keterangan" style={{ gridColumn: '1 / -1' }} data-testid="legenda-predikat">
        Yang berlaku sekarang: {kalimatPredikat(awal.predikat)}. Legenda ini dicetak di bawah tabel E.81.
      </p>
      <Isian label="Pilihan baku" galat={undefined}>
        <select
          value={presetDari({
            batas: batas.map((t) => Number(t.replace(',', '.'))) as BatasPredikat['batas'],
            termasukBatas,
          })}
          onChange={(e) => pilihPreset(e.target.value as Preset)}
        >
          {(Object.keys(PRESET_PREDIKAT) as (keyof typeof PRESET_PREDIKAT)[]).map((k) => (
            <option key={k} value={k}>
              {LABEL_PRESET_PREDIKAT[k]}
            </option>
          ))}
          <option value="sendiri">Batas sendiri</option>
        </select>
      </Isian>
      {NAMA_BATAS.map((nama, i) => (
        <Isian
          key={nama}
          label={`Batas bawah ${nama} (%)`}
          galat={galat[`predikat.batas.${i}`] ?? (i === 0 ? galat['predikat.batas'] : undefined)}
        >
          <input
            value={batas[i]}
            inputMode="decimal"
            onChange={(e) => setBatas(batas.map((b, j) => (j === i ? e.target.value : b)))}
          />
        </Isian>
      ))}
      <Isian label="Nilai tepat di batas" galat={undefined}>
        <select value={termasukBatas ? 'ya' : 'tidak'} onChange={(e) => setTermasukBatas(e.target.value === 'ya')}>
          <option value="ya">Termasuk predikat di atasnya (91 = Sangat Tinggi)</option>
          <option value="tidak">Termasuk predikat di bawahnya (90 = Tinggi bila batas &gt; 90)</option>
        </select>
      </Isian>
      <button type="submit" className="utama">
        Simpan aturan peringatan
      </button>
    </form>
  );
}

export function PengaturanMonevForm() {
  const [awal] = useMuat(() => api('pengaturan.ambilMonev', {}), []);
  return awal ? <Form awal={awal} /> : null;
}
