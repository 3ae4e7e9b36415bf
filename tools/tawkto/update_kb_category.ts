import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { id, propertyId } from './shapes.js';
import { categoryUpdate } from './create_kb_category.js';

// Body UNCONFIRMED: assumed to mirror knowledge-base.category.create.
export default defineTool({
  name: 'tawkto_update_kb_category',
  title: 'Update category',
  description: 'Change a KB category (knowledge-base.category.update).',
  method: 'POST',
  path: '/knowledge-base.category.update',
  resource: 'kb_category',
  access: 'write',
  idempotent: true,
  input: z.object({ propertyId, categoryId: id('Category'), category: categoryUpdate }),
});
