/** Progress lines of the benchmark, with the time of day. */
export const log = (msg: string) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${msg}`)
