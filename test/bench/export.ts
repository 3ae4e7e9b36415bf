// 5. Export: 10,000 Copper people in one copper_search_people call with max_records (page_size 200,
// so 50 upstream pages), the server's result bound raised so the whole export is one answer.
//
// At Copper's 180 per rolling minute (run here as 180/6s: the same burst, ten times faster) the 50
// pages fit in the first, empty window — the limit sets no waiting floor; the run is reported with
// where its time goes, beside fetching the same 50 pages directly with undici. To measure a walk
// the limit does bind, the same export also runs at 10/1s: the k-th page may start no earlier than
// ⌊k/10⌋ windows after the first, so the floor is ⌊49/10⌋ = 4 windows plus what the same run spends
// before its first page and after its last (the call itself, building and delivering the answer).
import { Pool } from 'undici';
import { TEST_CREDENTIALS } from '../harness.js';
import { CLI, COPPER_BASE_PATH, connectStdio, copperUpstream, fmt, log, median, people, type Figure } from './lib.js';

const RECORDS = 10_000;
const PAGE = 200;

async function directPages(origin: string): Promise<number[]> {
  const pool = new Pool(origin, { connections: 1, pipelining: 1 });
  const c = TEST_CREDENTIALS.copper;
  const headers = {
    'X-PW-AccessToken': c.COPPER_API_KEY,
    'X-PW-UserEmail': c.COPPER_USER_EMAIL,
    'X-PW-Application': 'developer_api',
    'Content-Type': 'application/json',
    Accept: 'application/json',
  };
  const times: number[] = [];
  for (let page = 1; page <= RECORDS / PAGE; page++) {
    const t0 = performance.now();
    const res = await pool.request({
      method: 'POST',
      path: `${COPPER_BASE_PATH}/people/search`,
      headers,
      body: JSON.stringify({ page_number: page, page_size: PAGE }),
    });
    const items = JSON.parse(await res.body.text()) as unknown[];
    if (res.statusCode !== 200 || items.length !== PAGE) throw new Error(`direct page ${page}: ${res.statusCode}, ${items.length} items`);
    times.push(performance.now() - t0);
  }
  await pool.close();
  return times;
}

interface Run {
  ms: number;
  requests: number;
  head: number;
  walk: number;
  tail: number;
  direct: number[];
  too429: number;
}

async function exportOnce(rate: string): Promise<Run> {
  const { emulator, origin, env } = await copperUpstream(rate, { seed: { person: people(RECORDS) } });
  const s = await connectStdio([CLI], { ...env, SWITCHBOARD_MAX_RESULT_TOKENS: '1000000' });
  const start = Date.now();
  const t0 = performance.now();
  const r = (await s.client.callTool(
    { name: 'copper_search_people', arguments: { max_records: RECORDS, page_size: PAGE } },
    { timeout: 600_000 },
  )) as { isError?: boolean; content: { text: string }[] };
  const ms = performance.now() - t0;
  const end = start + ms;
  await s.close();
  if (r.isError) throw new Error(`export failed: ${r.content[0]?.text}`);
  const json = JSON.parse(r.content[0].text) as { items: unknown[] };
  if (json.items.length !== RECORDS) throw new Error(`export returned ${json.items.length} records`);
  const pages = emulator.calls('copper_search_people').map((q) => q.at);
  const rejected = emulator.calls().filter((q) => q.status === 429).length;
  // Direct fetches after the export, with the emulator's window refilled, in the same process.
  emulator.setRateLimit('1000000/1s');
  const direct = await directPages(origin);
  await emulator.stop();
  // Where the time went: before the first page reached the emulator (the call, the first request),
  // the walk from the first to the last page's arrival (what the limit paces), and after the last
  // page arrived (that page, then building and delivering the 10,000-record answer).
  return {
    ms,
    requests: pages.length,
    head: pages[0] - start,
    walk: pages[pages.length - 1] - pages[0],
    tail: end - pages[pages.length - 1],
    direct,
    too429: rejected,
  };
}

export async function exportBench(repeats = 3): Promise<{ figures: Figure[]; detail: Record<string, unknown> }> {
  const f = (name: string, value: string, goal = '', met?: boolean): Figure => ({ bench: 'Export', name, value, goal, met });
  const figures: Figure[] = [];
  const split = (runs: Run[]) =>
    `${fmt(median(runs.map((x) => x.head)), 0)} / ${fmt(median(runs.map((x) => x.walk)), 0)} / ${fmt(median(runs.map((x) => x.tail)), 0)} ms`;

  // (a) Copper's limit, 10× faster: 180/6s.
  const a: Run[] = [];
  for (let i = 0; i < repeats; i++) a.push(await exportOnce('180/6s'));
  const aMs = median(a.map((x) => x.ms));
  const aDirect = median(a.map((x) => x.direct.reduce((sum, t) => sum + t, 0)));
  figures.push(
    f(
      `180/6s (Copper's 180/min, 10× faster): ${RECORDS.toLocaleString('en-US')} people, ${a[0].requests} requests, elapsed (median of ${repeats})`,
      `${fmt(aMs / 1000, 2)} s`,
      'no floor: 50 pages fit one 180 burst',
    ),
  );
  figures.push(f('  before the first page / first→last page / after the last page', split(a)));
  figures.push(f('  the same 50 pages fetched directly with undici, one after another', `${fmt(aDirect / 1000, 2)} s`));

  // (b) A walk the limit binds: 10/1s.
  const max = 10,
    windowMs = 1000;
  const b: Run[] = [];
  for (let i = 0; i < repeats; i++) b.push(await exportOnce(`${max}/${windowMs / 1000}s`));
  const waits = (x: Run) => Math.floor((x.requests - 1) / max) * windowMs;
  const floors = b.map((x) => x.head + waits(x) + x.tail);
  const ratio = median(b.map((x, i) => x.ms / floors[i]));
  const walkRatio = median(b.map((x) => x.walk / waits(x)));
  figures.push(
    f(
      `10/1s (the limit binds: ${b[0].requests} requests, ${Math.ceil(b[0].requests / max)} bursts), elapsed (median of ${repeats})`,
      `${fmt(median(b.map((x) => x.ms)) / 1000, 2)} s`,
    ),
  );
  figures.push(f('  before the first page / first→last page / after the last page', split(b)));
  figures.push(
    f(
      `  floor: ⌊(${b[0].requests}−1)/${max}⌋ windows, plus that run's own time before the first and after the last page`,
      `${fmt(median(floors) / 1000, 2)} s`,
    ),
  );
  figures.push(f('  elapsed / floor', `${fmt(ratio, 3)}×`, '≤ 1.05×', ratio <= 1.05));
  figures.push(f('  first→last page / the 4 windows alone (the limiter; its 2 % hold margin is most of it)', `${fmt(walkRatio, 3)}×`));

  const rejected = [...a, ...b].reduce((sum, x) => sum + x.too429, 0);
  figures.push(f('upstream 429 answers over all export runs', String(rejected), '0', rejected === 0));
  log(`export: 180/6s ${fmt(aMs)} ms (direct ${fmt(aDirect)} ms); 10/1s ${fmt(ratio, 3)}× its floor`);
  return { figures, detail: { a: a.map(({ direct: _d, ...x }) => x), b: b.map(({ direct: _d, ...x }) => x) } };
}
