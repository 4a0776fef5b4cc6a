export function BelumTersedia({ judul }: { judul: string }) {
  return (
    <section>
      <h1>{judul}</h1>
      <p className="keterangan">Halaman ini belum tersedia pada versi ini.</p>
    </section>
  );
}
