// Discovery mode against full mode (issue 14): tools/list tokens in both modes (all toolsets, each
// toolset), and a scripted walkthrough of eight everyday tasks over the sandbox data, counting the
// calls an agent makes and the o200k tokens the server sends to the client in each mode.
//   full mode:      tools/list once, then the task's tool calls
//   discovery mode: tools/list (the meta-tools), then per task search → describe → call_read/call_write
// Each mode gets its own emulators (writes in one do not change the other's data). A task completes
// when each of its calls succeeds, and in discovery mode also only if the searches of that task did
// surface every tool it then calls (the agent picks from the hits; nothing is given by name).
// Run alone: npx tsx test/bench/discovery.ts   (prints the markdown section)
import { fileURLToPath } from 'node:url';
import { startHarness, type Harness } from '../harness.js';
import { tokens } from '../tokens.js';
import { toolsets } from '../../tools/index.js';
import type { Figure } from './lib.js';

type Ctx = Record<string, any>;
interface Step {
  tool: string;
  args: (c: Ctx) => Record<string, unknown>;
  save?: (json: any, c: Ctx) => void;
}
interface Task {
  title: string;
  queries: string[];
  steps: Step[];
  note?: string;
}

const ALL = toolsets.map((t) => t.api.id);
const items = (json: any): any[] => (Array.isArray(json?.items) ? json.items : Array.isArray(json) ? json : []);
const today = () => new Date().toISOString().slice(0, 10);

/** Eight everyday tasks; each step's arguments come from what earlier steps returned. */
function tasks(seedEmail: string): Task[] {
  return [
    {
      title: 'Copper: find a person by email',
      queries: ['find a person by email'],
      steps: [
        {
          tool: 'copper_fetch_person_by_email',
          args: () => ({ email: seedEmail }),
          save: (j, c) => {
            c.personId = j.id;
          },
        },
      ],
    },
    {
      title: 'Copper: convert a lead into a person',
      queries: ['convert a lead into a person', 'search leads by name'],
      steps: [
        {
          tool: 'copper_search_leads',
          args: () => ({ name: 'Linus', page_size: 5 }),
          save: (j, c) => {
            c.leadId = items(j)[0].id;
          },
        },
        { tool: 'copper_convert_lead', args: (c) => ({ id: c.leadId }) },
      ],
    },
    {
      title: 'tawk.to: open tickets, read one with its replies',
      note: "tawk.to's REST API has no call that posts a ticket reply, so no tool does: the walkthrough reads the ticket and its reply events instead.",
      queries: ['reply to a tawk.to ticket', 'list tawk.to properties'],
      steps: [
        {
          tool: 'tawkto_list_properties',
          args: () => ({}),
          save: (j, c) => {
            c.propertyId = items(j)[0].id ?? items(j)[0].propertyId;
          },
        },
        {
          tool: 'tawkto_list_tickets',
          args: (c) => ({ propertyId: c.propertyId, status: 'open', size: 5 }),
          save: (j, c) => {
            c.ticketId = items(j)[0].id;
          },
        },
        { tool: 'tawkto_get_ticket', args: (c) => ({ propertyId: c.propertyId, ticketId: c.ticketId }) },
      ],
    },
    {
      title: "DailyBot: read today's check-in responses",
      queries: ["today's DailyBot check-in responses"],
      steps: [
        {
          tool: 'dailybot_list_checkins',
          args: () => ({ limit: 5 }),
          save: (j, c) => {
            c.checkin = items(j)[0].uuid ?? items(j)[0].id;
          },
        },
        { tool: 'dailybot_list_checkin_responses', args: (c) => ({ checkin_uuid: c.checkin, date_start: today(), date_end: today() }) },
      ],
    },
    {
      title: 'Copilot: create a task for a client',
      queries: ['create a task for a client', 'list clients'],
      steps: [
        {
          tool: 'copilot_list_clients',
          args: () => ({ limit: 3 }),
          save: (j, c) => {
            c.clientId = items(j)[0].id;
          },
        },
        { tool: 'copilot_create_task', args: (c) => ({ name: 'Send the signed contract', status: 'todo', clientId: c.clientId }) },
      ],
    },
    {
      title: 'Copper: log a note on that person',
      queries: ['log a note on a person'],
      steps: [
        {
          tool: 'copper_create_activity',
          args: (c) => ({
            parent: { id: c.personId, type: 'person' },
            type: { category: 'user', id: 0 },
            details: 'Called about the renewal',
          }),
        },
      ],
    },
    {
      title: 'DailyBot: give kudos to a teammate',
      queries: ['give kudos to a teammate', 'list dailybot users'],
      steps: [
        {
          tool: 'dailybot_list_users',
          args: () => ({ limit: 3 }),
          save: (j, c) => {
            c.userUuid = items(j)[1].uuid;
          },
        }, // [0] is the key owner, who cannot receive
        { tool: 'dailybot_give_kudos', args: (c) => ({ content: 'Thanks for the quick fix!', users_receivers: [c.userUuid] }) },
      ],
    },
    {
      title: 'Copilot: message a client',
      queries: ['send a message to a client'],
      steps: [
        {
          tool: 'copilot_list_message_channels',
          args: () => ({ limit: 3 }),
          save: (j, c) => {
            c.channelId = items(j)[0].id;
          },
        },
        { tool: 'copilot_send_message', args: (c) => ({ channelId: c.channelId, text: 'Your invoice is ready.' }) },
      ],
    },
  ];
}

interface Counted {
  calls: number;
  tokens: number;
}
const textOf = (r: { content: { text: string }[] }) => r.content.map((c) => c.text).join('\n');

async function call(h: Harness, name: string, args: Record<string, unknown>, n: Counted) {
  const r = (await h.client.callTool({ name, arguments: args })) as { isError?: boolean; content: { text: string }[] };
  n.calls += 1;
  n.tokens += tokens(textOf(r));
  let json: any;
  try {
    json = JSON.parse(r.content[r.content.length - 1].text);
  } catch {
    json = undefined;
  }
  return { isError: r.isError, text: textOf(r), json };
}

interface TaskRow {
  title: string;
  full: Counted & { ok: boolean };
  discovery: Counted & { ok: boolean; why?: string };
}

async function walk(discovery: boolean, seedEmail: string): Promise<{ list: number; rows: TaskRow[]; failures: string[] }> {
  const h = await startHarness({
    apis: ALL,
    narrowing: discovery ? { discovery: true } : undefined,
    rateLimit: '100000/1s',
    emulator: { rateLimit: '100000/1s' },
  });
  const failures: string[] = [];
  try {
    const { tools } = await h.client.listTools();
    const list = tokens(tools);
    const access = new Map(h.app.catalog.tools.map((t) => [t.name, t.exec.decl.access]));
    const described = new Set<string>();
    const rows: TaskRow[] = [];
    const c: Ctx = {}; // what earlier tasks found (the person of task 1 gets the note of task 6)
    for (const task of tasks(seedEmail)) {
      const n: Counted = { calls: 0, tokens: 0 };
      let ok = true;
      let why: string | undefined;
      if (discovery) {
        const found = new Set<string>();
        for (const query of task.queries) {
          const r = await call(h, 'switchboard_search_tools', { query }, n);
          for (const line of r.text.split('\n')) if (/^\w+ \(/.test(line)) found.add(line.split(' ')[0]);
        }
        const missing = task.steps.map((s) => s.tool).filter((t) => !found.has(t));
        if (missing.length) {
          ok = false;
          why = `search did not surface ${missing.join(', ')}`;
        }
        const names = task.steps.map((s) => s.tool).filter((t) => !described.has(t));
        if (names.length) await call(h, 'switchboard_describe_tool', names.length === 1 ? { name: names[0] } : { names }, n);
        for (const t of names) described.add(t);
      }
      for (const step of task.steps) {
        const args = step.args(c);
        const r = discovery
          ? await call(
              h,
              access.get(step.tool) === 'read' ? 'switchboard_call_read_tool' : 'switchboard_call_write_tool',
              { name: step.tool, arguments: args },
              n,
            )
          : await call(h, step.tool, args, n);
        if (r.isError) {
          ok = false;
          why ??= `${step.tool}: ${r.text.slice(0, 200)}`;
          break;
        }
        try {
          step.save?.(r.json, c);
        } catch (e) {
          ok = false;
          why ??= `${step.tool}: unexpected answer (${(e as Error).message})`;
          break;
        }
      }
      if (!ok) failures.push(`${discovery ? 'discovery' : 'full'} — ${task.title}: ${why}`);
      rows.push({ title: task.title, full: { ...n, ok }, discovery: { ...n, ok, why } });
    }
    return { list, rows, failures };
  } finally {
    await h.close();
  }
}

async function listTokens(): Promise<{ label: string; tools: number; full: number; discovery: number }[]> {
  const out = [];
  for (const set of [undefined, ...ALL]) {
    const apis = set ? [set] : ALL;
    const full = await startHarness({ apis });
    const disco = await startHarness({ apis, narrowing: { discovery: true } });
    try {
      const f = (await full.client.listTools()).tools;
      const d = (await disco.client.listTools()).tools;
      out.push({ label: set ?? 'all toolsets', tools: f.length, full: tokens(f), discovery: tokens(d) });
    } finally {
      await full.close();
      await disco.close();
    }
  }
  return out;
}

const n = (x: number) => x.toLocaleString('en-US');
const pct = (a: number, b: number) => `${((100 * a) / b).toFixed(1)} %`;

export async function discoveryBench(): Promise<{ figures: Figure[]; detail: Record<string, unknown>; markdown: string }> {
  const seed = (await toolsets.find((t) => t.api.id === 'copper')!.api.sandbox()) as any;
  const seedEmail: string = seed.seed.person[0].emails[0].email;
  const lists = await listTokens();
  const full = await walk(false, seedEmail);
  const disco = await walk(true, seedEmail);
  const rows = full.rows.map((r, i) => ({ title: r.title, full: r.full, discovery: disco.rows[i].discovery }));
  const sum = (k: 'full' | 'discovery', f: 'calls' | 'tokens') => rows.reduce((a, r) => a + r[k][f], 0);
  const fullTotal = full.list + sum('full', 'tokens');
  const discoTotal = disco.list + sum('discovery', 'tokens');
  const allOk = rows.every((r) => r.full.ok && r.discovery.ok);

  const md: string[] = [];
  md.push('### Discovery mode', '');
  md.push('tools/list, o200k tokens as sent to the client:', '');
  md.push('| toolsets | tools | full mode | discovery mode | discovery / full |', '|---|---|---|---|---|');
  for (const l of lists) md.push(`| ${l.label} | ${l.tools} | ${n(l.full)} | ${n(l.discovery)} | ${pct(l.discovery, l.full)} |`);
  md.push(
    '',
    'Walkthrough of eight everyday tasks over the sandbox data (all four toolsets). Full mode: tools/list once, then the calls. Discovery mode: tools/list, then per task search → describe (each tool once per session) → call_read / call_write. Tokens are everything the server sends back (tools/list and every result).',
    '',
  );
  md.push('| task | full: calls | full: tokens | discovery: calls | discovery: tokens | completed |', '|---|---|---|---|---|---|');
  md.push(`| tools/list | 1 | ${n(full.list)} | 1 | ${n(disco.list)} | |`);
  for (const r of rows)
    md.push(
      `| ${r.title} | ${r.full.calls} | ${n(r.full.tokens)} | ${r.discovery.calls} | ${n(r.discovery.tokens)} | ${r.full.ok && r.discovery.ok ? 'yes' : `**no**: ${r.discovery.why ?? ''}`} |`,
    );
  md.push(
    `| **total** | ${sum('full', 'calls') + 1} | ${n(fullTotal)} | ${sum('discovery', 'calls') + 1} | ${n(discoTotal)} | ${allOk ? 'all' : '**not all**'} |`,
  );
  md.push(
    '',
    `Discovery mode used ${pct(discoTotal, fullTotal)} of full mode's tokens over the walkthrough (goal ≤ 25 %, every task completing: ${discoTotal <= fullTotal * 0.25 && allOk ? 'met' : '**missed**'}).`,
  );
  for (const t of tasks(seedEmail)) if (t.note) md.push('', `Note — ${t.title}: ${t.note}`);
  for (const f of [...full.failures, ...disco.failures]) md.push('', `Failure — ${f}`);

  const figures: Figure[] = [
    ...lists.map((l) => ({
      bench: 'Discovery mode',
      name: `tools/list, ${l.label}: full → discovery`,
      value: `${n(l.full)} → ${n(l.discovery)} tokens`,
      goal: l.label === 'all toolsets' ? 'discovery ≤ 1,500' : '',
      met: l.label === 'all toolsets' ? l.discovery <= 1500 : undefined,
    })),
    {
      bench: 'Discovery mode',
      name: 'walkthrough, 8 tasks: full mode',
      value: `${sum('full', 'calls') + 1} calls, ${n(fullTotal)} tokens`,
      goal: '',
      met: undefined,
    },
    {
      bench: 'Discovery mode',
      name: 'walkthrough, 8 tasks: discovery mode',
      value: `${sum('discovery', 'calls') + 1} calls, ${n(discoTotal)} tokens (${pct(discoTotal, fullTotal)})`,
      goal: '≤ 25 % of full, every task done',
      met: discoTotal <= fullTotal * 0.25 && allOk,
    },
  ];
  return {
    figures,
    detail: { lists, rows, fullTotal, discoTotal, failures: [...full.failures, ...disco.failures] },
    markdown: md.join('\n'),
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const r = await discoveryBench();
  process.stdout.write(`${r.markdown}\n`);
}
