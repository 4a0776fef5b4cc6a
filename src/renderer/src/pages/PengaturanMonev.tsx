// Pengaturan: the warning thresholds (merah/kuning/hijau) and the capaian formula for lower-is-better indicators.
import { useState, type FormEvent } from 'react';
import type { PengaturanMonev } from '../../../shared/api/pengaturan';
import { parseAngka } from '../../../shared/format';
import { api, pesanGalat } from '../api/client';
import { galatPerKolom, Isian } from '../components/Isian';
import { useNotifikasi } from '../components/Notifikasi';
import { useMuat } from '../components/useMuat';

type KolomAturan = keyof PengaturanMonev['aturanStatus'];

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
  const [galat, setGalat] = useState<Record<string, string>>({});
  const { tampilkan } = useNotifikasi();

  const kirim = async (e: FormEvent) => {
    e.preventDefault();
    const aturan: Partial<Record<KolomAturan, number>> = {};
    const salah: Record<string, string> = {};
    for (const [k, label] of ISIAN) {
      const hasil = parseAngka(teks[k], { jenis: 'bilangan' });
      if (hasil.ok && hasil.value !== null) aturan[k] = hasil.value;
      else salah[`aturanStatus.${k}`] = hasil.ok ? `${label} wajib diisi` : hasil.pesan;
    }
    if (Object.keys(salah).length > 0) return setGalat(salah);
    try {
      await api('pengaturan.simpanMonev', {
        aturanStatus: aturan as PengaturanMonev['aturanStatus'],
        rumusNegatif: rumus,
      });
      setGalat({});
      tampilkan('Aturan peringatan disimpan', 'sukses');
    } catch (error) {
      setGalat(galatPerKolom(error));
      tampilkan(pesanGalat(error), 'galat');
    }
  };

  return (
    <form className="form-pengaturan" onSubmit={(e) => void kirim(e)} aria-label="Aturan peringatan">
      <h2>Aturan peringatan (status merah, kuning, hijau)</h2>
      <p className="keterangan" style={{ gridColumn: '1 / -1' }}>
        Bawaan mengikuti kaidah kontrak kritis: merah bila deviasi &lt; -10 poin selama target fisik ≤ 70%, atau &lt; -5
        poin bila target &gt; 70%; kuning bila deviasi di bawah 0; hijau bila realisasi memenuhi target.
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
