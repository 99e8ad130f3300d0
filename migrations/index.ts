import { InitialReferenceModel1795338140740 } from './1795338140740-initial-reference-model.js';
// Every migration, oldest first. `npm run migration:generate -- <Name>` appends to this list.
export const migrations: Function[] = [InitialReferenceModel1795338140740];
