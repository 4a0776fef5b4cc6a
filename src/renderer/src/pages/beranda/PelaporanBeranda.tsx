// Beranda's link to Pemantauan Pelaporan: the first thing on the page during the reporting weeks, a quiet line after.
import type { PemantauanPelaporan } from '../../../../shared/api/pelaporan';
import { formatAngka, formatHariTanggal, labelTriwulan } from '../../../../shared/format';
import { LABEL_STATUS_LAPORAN, STATUS_LAPORAN } from '../../../../shared/pelaporan';

export function PelaporanBeranda({ data }: { data: PemantauanPelaporan }) {
  const perlu = data.jumlahPerStatus.belum_ada_data + data.jumlahPerStatus.sebagian;
  const tautan = `#/pemantauan?tahun=${data.tahun}&bulan=${data.bulan}`;
  return (
    <div className={`beranda-pantau${data.masaPelaporan ? '' : ' tenang'}`} data-testid="beranda-pelaporan">
      <strong>
        <a href={tautan}>
          Pemantauan Pelaporan {labelTriwulan(data.triwulan)} {data.tahun}
        </a>
      </strong>
      <span>
        {formatAngka(perlu)} dari {formatAngka(data.opd.length)} OPD belum lengkap
        {data.jumlahTerlambat > 0 && `, ${formatAngka(data.jumlahTerlambat)} terlambat`} · batas waktu{' '}
        {formatHariTanggal(data.tenggat)}
      </span>
      <span className="keterangan">
        {STATUS_LAPORAN.map((s) => `${LABEL_STATUS_LAPORAN[s]} ${formatAngka(data.jumlahPerStatus[s])}`).join(' · ')}
      </span>
    </div>
  );
}
