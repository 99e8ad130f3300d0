import type { Language } from '../../common/i18n/language.js';
import { loadPresent, type RequestLoaders } from '../../graphql/loaders.js';
import { GUIDING_PRINCIPLE_BY_NUMBER } from './guiding-principles.service.js';
import { type GuidingPrincipleModel, toGuidingPrincipleModel } from './models/guiding-principle.model.js';

/** Guiding principles by number through the request's loader. */
export async function loadGuidingPrinciples(
  loaders: RequestLoaders,
  numbers: readonly number[],
  lang: Language,
): Promise<GuidingPrincipleModel[]> {
  return (await loadPresent(loaders.get(GUIDING_PRINCIPLE_BY_NUMBER), numbers)).map((p) => toGuidingPrincipleModel(p, lang));
}
