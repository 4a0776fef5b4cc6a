// Beranda's critical contracts of the quarter: the list of kritis ones, linking to Kontrak Kritis.
import type { PantauKontrak } from '../../../../shared/api/kontrak';
import { formatPersen, formatPoin } from '../../../../shared/format';

export function KontrakKritisBeranda({ data }: { data: PantauKontrak }) {
  const kritis = data.kontrak.filter((k) => k.status === 'kritis');
  if (kritis.length === 0) return null;
  return (
    <div className="daftar-merah">
      <h2>
        <a href={`#/kontrak?tahun=${data.tahun}&bulan=${data.triwulan * 3}`}>Kontrak kritis</a>
      </h2>
      <ul data-testid="daftar-kontrak-kritis">
        {kritis.map((k) => (
          <li key={k.id}>
            {k.opdSingkatan || k.opdNama}: {k.subNama} ({k.penyedia}): fisik {formatPersen(k.realisasiFisik)} dari
            rencana {formatPersen(k.rencanaFisik)} (deviasi {formatPoin(k.deviasi)} poin)
          </li>
        ))}
      </ul>
    </div>
  );
}
