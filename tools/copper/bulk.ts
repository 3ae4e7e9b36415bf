// Copper's bulk endpoints (catalog §5, BETA): 1–10 items of the single create/update shape under one
// body key, answered in request order with `{success: false, …}` for an invalid item; they also draw
// from the extra 3/s bulk bucket.
import { z } from 'zod';
import { bulkList } from './shapes.js';
import { defineTool, type ToolDeclaration } from '../../src/declaration.js';

export const bulkTool = (
  verb: 'create' | 'update',
  key: string,
  path: string,
  item: z.ZodObject<z.ZodRawShape>,
  single: string,
): ToolDeclaration =>
  defineTool({
    name: `copper_bulk_${verb}_${key}`,
    title: `Bulk ${verb} ${key}`,
    description: 'One answer per item, in order.',
    method: 'POST',
    path: `${path}/bulk_${verb}`,
    resource: single,
    access: 'write',
    bucket: 'bulk',
    input: z.object({ [key]: bulkList(key, item, `copper_${verb}_${single}`) }),
  });
