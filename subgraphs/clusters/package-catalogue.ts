import type { PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import { badUserInput, notFound } from '../../platform/errors.js';
import { InputProblems } from '../../platform/validation.js';
import type { Viewer } from '../../platform/viewer.js';
import type { AddClusterPackageInput, SaveQuestionnaireTemplateInput, UpdateClusterPackageInput } from './__generated__/schema-types.js';
import { requireKiap, requireQuestionnaireAuthor } from './access.js';
import { packageWrites as store } from './package-store.js';
import { checkQuestions } from './questionnaire-model.js';
import { questionsOf } from './questionnaires.js';

const PACKAGE_ID = /^[a-z0-9][a-z0-9-]{1,59}$/;
const REGION_CODES = ['1081', '1082', '1083', '1084', '1085'];

function packageProblems(problems: InputProblems, input: Partial<UpdateClusterPackageInput>): void {
  if (input.name != null) problems.text('name', input.name, { max: 200 });
  if (input.description != null) problems.text('description', input.description, { max: 2000 });
  if (input.dataSource != null) problems.text('dataSource', input.dataSource, { max: 500 });
  if (input.durationMinutes != null && (input.durationMinutes < 30 || input.durationMinutes > 480))
    problems.add('durationMinutes', 'must be 30 to 480');
}

/** KiAP keeps the package catalogue; KiAP and the publishing regional unit keep a package's questionnaire. */
export function createPackageCatalogueWorkflow(db: PostgresJsDatabase) {
  return {
    add: (viewer: Viewer, input: AddClusterPackageInput) =>
      db.transaction(async (tx) => {
        requireKiap(viewer, 'adds packages to the catalogue');
        const problems = new InputProblems();
        if (!PACKAGE_ID.test(input.id)) problems.add('id', 'must be 2–60 lower-case letters, digits or hyphens');
        if (input.regionCode != null && !REGION_CODES.includes(input.regionCode))
          problems.add('regionCode', 'must be a region code, 1081–1085');
        packageProblems(problems, input);
        problems.throwIfAny('The package is not valid');
        const values = {
          id: input.id,
          name: input.name.trim(),
          description: input.description.trim(),
          durationMinutes: input.durationMinutes,
          dataSource: input.dataSource.trim(),
          publisher: input.regionCode ? ('REGIONAL_QUALITY_UNIT' as const) : ('KIAP' as const),
          regionCode: input.regionCode ?? null,
        };
        const [inserted] = await store.insertPackage(tx, values);
        if (inserted) return inserted.id;
        // The id is taken: the same package again is a retry, another is a mistake.
        const existing = (await store.packageById(tx, input.id))!;
        const same = (Object.keys(values) as (keyof typeof values)[]).every((key) => existing[key] === values[key]);
        if (!same) throw badUserInput('Another package has that id', [{ path: 'input.id', message: 'is taken by another package' }]);
        return existing.id;
      }),

    update: (viewer: Viewer, input: UpdateClusterPackageInput) =>
      db.transaction(async (tx) => {
        requireKiap(viewer, 'changes the catalogue');
        const problems = new InputProblems();
        packageProblems(problems, input);
        problems.throwIfAny('The package is not valid');
        const changes = {
          ...(input.name != null && { name: input.name.trim() }),
          ...(input.description != null && { description: input.description.trim() }),
          ...(input.durationMinutes != null && { durationMinutes: input.durationMinutes }),
          ...(input.dataSource != null && { dataSource: input.dataSource.trim() }),
        };
        const [updated] =
          Object.keys(changes).length > 0 ? await store.updatePackage(tx, input.id, changes) : [await store.packageById(tx, input.id)];
        if (!updated) throw notFound(`Package ${input.id} was not found`);
        return updated.id;
      }),

    saveTemplate: (viewer: Viewer, input: SaveQuestionnaireTemplateInput) =>
      db.transaction(async (tx) => {
        const pkg = await store.packageById(tx, input.packageId);
        if (!pkg) throw notFound(`Package ${input.packageId} was not found`);
        requireQuestionnaireAuthor(viewer, pkg);
        const problems = new InputProblems();
        const questions = questionsOf(input.questions);
        checkQuestions(problems, questions);
        problems.throwIfAny('The questionnaire is not valid');
        await store.saveTemplate(tx, pkg.id, questions);
        return pkg.id;
      }),
  };
}

export type PackageCatalogueWorkflow = ReturnType<typeof createPackageCatalogueWorkflow>;
