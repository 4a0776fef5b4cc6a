// Renstra & RPJMD: the performance tree from the regent's visi down, the Renja-Renstra links, Konsistensi and data entry.
import { useState } from 'react';
import { api } from '../../api/client';
import { DaftarTab } from '../../components/DaftarTab';
import { useMuat } from '../../components/useMuat';
import { KonsistensiRenstra } from './Konsistensi';
import { PohonKinerja } from './Pohon';
import { RenstraOpd } from './RenstraOpd';
import { RpjmdForm } from './RpjmdForm';
import { TautanRenja } from './Tautan';

const TAB = [
  ['pohon', 'Pohon Kinerja'],
  ['tautan', 'Tautan Renja–Renstra'],
  ['konsistensi', 'Konsistensi'],
  ['rpjmd', 'RPJMD'],
  ['renstra', 'Renstra OPD'],
] as const;
type Tab = (typeof TAB)[number][0];

export function RenstraPage() {
  const [pengaturan] = useMuat(() => api('pengaturan.ambil', {}), []);
  const [tahunDipilih, setTahun] = useState<number>();
  const [tab, setTab] = useState<Tab>('pohon');
  const tahun = tahunDipilih ?? pengaturan?.tahunAnggaran;
  if (tahun === undefined) return <p className="keterangan">Memuat…</p>;
  return (
    <section>
      <div className="kepala-halaman">
        <h1>Renstra &amp; RPJMD</h1>
        <div className="aksi pilih-periode">
          <label>
            <span>Tahun</span>
            <input
              type="number"
              value={tahun}
              min={2000}
              max={2100}
              onChange={(e) => setTahun(Number(e.target.value))}
              aria-label="Tahun"
            />
          </label>
        </div>
      </div>
      <DaftarTab tab={TAB} aktif={tab} pilih={setTab} />
      {tab === 'pohon' && <PohonKinerja tahun={tahun} />}
      {tab === 'tautan' && <TautanRenja tahun={tahun} />}
      {tab === 'konsistensi' && <KonsistensiRenstra tahun={tahun} />}
      {tab === 'rpjmd' && <RpjmdForm tahun={tahun} />}
      {tab === 'renstra' && <RenstraOpd tahun={tahun} />}
    </section>
  );
}
