import { type DataSource, In } from 'typeorm';
import type { Language } from '../../common/i18n/language.js';
import {
  type BatchLoad,
  bindLoader,
  loadersProvider,
  LoaderToken,
  loadPresent,
  oneByKeys,
  type RequestLoaders,
} from '../../graphql/loaders.js';
import { GuidingPrincipleEntity } from './guiding-principle.entity.js';
import { type GuidingPrincipleModel, toGuidingPrincipleModel } from './models/guiding-principle.model.js';

/* The guiding principles' batched lookup, beside its batch function, registered at startup by guidingPrinciplesLoaders. */

export const GUIDING_PRINCIPLE_BY_NUMBER = new LoaderToken<number, GuidingPrincipleEntity | null>('guidingPrincipleByNumber');
const guidingPrincipleByNumber =
  (db: DataSource): BatchLoad<number, GuidingPrincipleEntity | null> =>
  async (numbers) =>
    oneByKeys(numbers, await db.getRepository(GuidingPrincipleEntity).findBy({ number: In([...numbers]) }), (p) => p.number);

export const guidingPrinciplesLoaders = loadersProvider('guidingPrinciples', [
  bindLoader(GUIDING_PRINCIPLE_BY_NUMBER, guidingPrincipleByNumber),
]);

/** Guiding principles by number through the request's loader. */
export async function loadGuidingPrinciples(
  loaders: RequestLoaders,
  numbers: readonly number[],
  lang: Language,
): Promise<GuidingPrincipleModel[]> {
  return (await loadPresent(loaders.get(GUIDING_PRINCIPLE_BY_NUMBER), numbers)).map((p) => toGuidingPrincipleModel(p, lang));
}
