// The Beranda charts (Recharts): Kurva S of target against realisation, and the bars per OPD.
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { TitikKurvaS } from '../../../../shared/api/monev';
import { formatPersen, formatTriwulan } from '../../../../shared/format';

function labelTitik(bulan: number): string {
  return bulan === 0 ? 'Awal' : `TW ${formatTriwulan(bulan / 3)}`;
}

export function KurvaS({ data, judul }: { data: TitikKurvaS[] | undefined; judul: string }) {
  const titik = (data ?? []).map((t) => ({ ...t, label: labelTitik(t.bulan) }));
  return (
    <figure className="grafik">
      <figcaption>{judul}</figcaption>
      <ResponsiveContainer width="100%" height={240}>
        <LineChart data={titik} margin={{ top: 8, right: 16, bottom: 4, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="label" />
          <YAxis domain={[0, 100]} tickFormatter={(v: number) => `${v}%`} />
          <Tooltip formatter={(v) => formatPersen(v as number)} />
          <Legend />
          <Line
            type="monotone"
            dataKey="targetFisik"
            name="Target fisik"
            stroke="#1f4e79"
            strokeDasharray="6 3"
            isAnimationActive={false}
          />
          <Line
            type="monotone"
            dataKey="realisasiFisik"
            name="Realisasi fisik"
            stroke="#29af28"
            strokeWidth={2}
            connectNulls={false}
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
    </figure>
  );
}

export function GrafikBatang({
  data,
  tinggi,
}: {
  data: { nama: string; fisik: number | null; keuangan: number | null }[];
  tinggi: number;
}) {
  return (
    <figure className="grafik">
      <figcaption>Realisasi fisik dan penyerapan anggaran per OPD (%)</figcaption>
      <ResponsiveContainer width="100%" height={tinggi}>
        <BarChart data={data} layout="vertical" margin={{ left: 40, right: 16 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis type="number" domain={[0, 100]} />
          <YAxis type="category" dataKey="nama" width={130} interval={0} tick={{ fontSize: 11 }} />
          <Tooltip formatter={(v) => formatPersen(v as number)} />
          <Legend />
          <Bar dataKey="fisik" name="Realisasi fisik" fill="#1f4e79" isAnimationActive={false} />
          <Bar dataKey="keuangan" name="Penyerapan" fill="#e1c027" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
