// Tentang: which Sinergi this is (version, build date, schema) and where its data lives.
import { formatTanggal } from '../../../shared/format';
import { api } from '../api/client';
import { useMuat } from '../components/useMuat';

export function TentangPage() {
  const [status] = useMuat(() => api('sistem.status', {}), []);
  if (!status) return <p className="keterangan">Memuat…</p>;
  return (
    <section>
      <h1>Tentang Sinergi</h1>
      <p>
        Sinergi membantu Bagian Perekonomian/Ekbang Sekretariat Daerah mengoordinasikan, memantau dan mengevaluasi
        pelaksanaan program dan kegiatan perangkat daerah setiap triwulan. Aplikasi ini bekerja tanpa internet; semua
        data tersimpan di komputer ini.
      </p>
      <dl className="kartu pratinjau-cadangan">
        <dt>Versi</dt>
        <dd data-testid="versi">{status.versiAplikasi}</dd>
        <dt>Tanggal pembuatan</dt>
        <dd>{status.tanggalBuild ? formatTanggal(new Date(status.tanggalBuild)) : 'mode pengembangan'}</dd>
        <dt>Versi basis data</dt>
        {/* The number of the last migration ("0015_notulen_sah" is 15): what support asks for, not its file name. */}
        <dd data-testid="versi-skema" title={status.versiSkema}>
          {Number.parseInt(status.versiSkema, 10) || status.versiSkema}
        </dd>
        <dt>Lokasi data</dt>
        <dd>
          <code>{status.lokasiData}</code>
        </dd>
      </dl>
    </section>
  );
}
