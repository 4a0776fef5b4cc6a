// Writes run one after another: a save reads the stored row, checks its revision and writes, and no other write may
// come between (reads still run side by side with everything).
export class AntreanTulis {
  private ekor: Promise<unknown> = Promise.resolve();

  giliran<T>(kerja: () => Promise<T>): Promise<T> {
    const hasil = this.ekor.then(kerja, kerja);
    this.ekor = hasil.catch(() => undefined);
    return hasil;
  }
}
