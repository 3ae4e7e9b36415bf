// Every toolset the server knows, in the order they are listed.
import type { ApiDefinition, ToolDeclaration } from '../src/declaration.js';
import copper from './copper/index.js';
import copilot from './copilot/index.js';
import dailybot from './dailybot/index.js';
import tawkto from './tawkto/index.js';

export interface Toolset { api: ApiDefinition; tools: ToolDeclaration[] }

export const toolsets: Toolset[] = [copper, copilot, tawkto, dailybot];
