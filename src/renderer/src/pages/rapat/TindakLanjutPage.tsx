// Tindak Lanjut: every open follow-up by responsible OPD (the late ones first), and the register of obstacles.
import { useState } from 'react';
import { formatAngka } from '../../../../shared/format';
import { api } from '../../api/client';
import { useMuat } from '../../components/useMuat';
import { TabelTindakLanjut } from './butir';
import { TabelKendala } from './kendala';

export function TindakLanjutPage() {
  const [perOpd, muatUlangTl] = useMuat(() => api('tindakLanjut.perOpd', {}), []);
  const [status, setStatus] = useState<'terbuka' | 'semua'>('terbuka');
  const [kendala, muatUlangKendala] = useMuat(() => api('kendala.daftar', { status }), [status]);
  const terlambat = perOpd?.reduce((n, g) => n + g.jumlahTerlambat, 0) ?? 0;

  return (
    <section>
      <h1>Tindak Lanjut &amp; Kendala</h1>
      <div className="kartu-ringkas">
        <div className="kartu">
          <span>OPD dengan tindak lanjut terbuka</span>
          <strong>{formatAngka(perOpd?.length ?? 0)}</strong>
        </div>
        <div className="kartu">
          <span>Tindak lanjut terlambat (per OPD)</span>
          <strong data-testid="jumlah-terlambat" className={terlambat > 0 ? 'rapat-merah' : undefined}>
            {formatAngka(terlambat)}
          </strong>
        </div>
      </div>
      <h2>Tindak lanjut terbuka per OPD</h2>
      {perOpd?.length === 0 && <p className="keterangan">Tidak ada tindak lanjut yang terbuka.</p>}
      {perOpd?.map((g) => (
        <details key={g.opd.id} className="rapat-grup" open={g.jumlahTerlambat > 0}>
          <summary>
            <strong>{g.opd.nama}</strong> · {formatAngka(g.butir.length)} terbuka
            {g.jumlahTerlambat > 0 && (
              <span className="rapat-label-terlambat">{formatAngka(g.jumlahTerlambat)} terlambat</span>
            )}
          </summary>
          <TabelTindakLanjut butir={g.butir} berubah={muatUlangTl} />
        </details>
      ))}
      <div className="kepala-halaman">
        <h2>Daftar kendala</h2>
        <select
          aria-label="Saringan kendala"
          value={status}
          onChange={(e) => setStatus(e.target.value as 'terbuka' | 'semua')}
        >
          <option value="terbuka">Belum teratasi</option>
          <option value="semua">Semua</option>
        </select>
      </div>
      <TabelKendala butir={kendala ?? []} berubah={muatUlangKendala} />
    </section>
  );
}
