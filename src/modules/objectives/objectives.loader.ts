import type { Language } from '../../common/i18n/language.js';
import { loadPresent, type RequestLoaders } from '../../graphql/loaders.js';
import { type ObjectiveModel, toObjectiveModel } from './models/objective.model.js';
import type { ServedObjectiveModel } from './models/served-objective.model.js';
import { OBJECTIVE_BY_NUMBER } from './objectives.service.js';

/** Objectives by number through the request's loader (one statement per request). */
export async function loadObjectives(loaders: RequestLoaders, numbers: readonly number[], lang: Language): Promise<ObjectiveModel[]> {
  return (await loadPresent(loaders.get(OBJECTIVE_BY_NUMBER), numbers)).map((o) => toObjectiveModel(o, lang));
}

/** The objectives a pledge or practice serves, main first. */
export async function loadServedObjectives(
  loaders: RequestLoaders,
  links: readonly { objective_number: number; is_main: boolean }[],
  lang: Language,
): Promise<ServedObjectiveModel[]> {
  const objectives = await loadObjectives(
    loaders,
    links.map((l) => l.objective_number),
    lang,
  );
  const isMain = new Map(links.map((l) => [l.objective_number, l.is_main]));
  return objectives.map((objective) => ({ objective, isMain: isMain.get(objective.number) ?? false }));
}
