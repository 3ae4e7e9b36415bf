import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';

export default defineTool({
  name: 'dailybot_create_agent_report',
  title: 'Create agent report',
  description: "Post an AI agent's activity report.",
  method: 'POST',
  path: '/agent-reports/',
  resource: 'agent_report',
  access: 'write',
  // Field names as the [CLI] sends them ([WWW-DEV] summarises "summary, metadata, milestone" — UNCONFIRMED).
  input: z.object({
    agent_name: z.string().min(1).describe('Agent name'),
    content: z.string().min(1).describe('Report text'),
    structured: z.record(z.string(), z.array(z.string())).describe('Named lists').optional(),
    metadata: z.record(z.string(), z.unknown()).describe('Metadata').optional(),
    is_milestone: z.boolean().describe('Milestone').optional(),
    co_authors: z.array(z.string()).describe('Co-author emails').optional(),
  }),
});
