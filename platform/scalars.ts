import { GraphQLScalarType, type ValueNode } from 'graphql';
import {
  DateResolver,
  DateTimeResolver,
  EmailAddressResolver,
  NonNegativeIntResolver,
  PhoneNumberResolver,
  PositiveIntResolver,
} from 'graphql-scalars';

/**
 * Calendar dates travel as "YYYY-MM-DD" strings through the hub (Postgres `date` columns
 * read and write them so); graphql-scalars would hand resolvers a JS Date at UTC midnight.
 */
const CalendarDate = new GraphQLScalarType<string, string>({
  ...DateResolver.toConfig(),
  parseValue: (value) => (DateResolver.parseValue(value) as Date).toISOString().slice(0, 10),
  parseLiteral: (ast: ValueNode, variables) => (DateResolver.parseLiteral(ast, variables) as Date).toISOString().slice(0, 10),
});

const SCALARS = {
  Date: CalendarDate,
  DateTime: DateTimeResolver,
  EmailAddress: EmailAddressResolver,
  NonNegativeInt: NonNegativeIntResolver,
  PhoneNumber: PhoneNumberResolver,
  PositiveInt: PositiveIntResolver,
} satisfies Record<string, GraphQLScalarType>;

export type ScalarName = keyof typeof SCALARS;

/** The graphql-scalars implementations a subgraph declares in its SDL (and only those). */
export function scalarResolvers(...names: ScalarName[]): Record<string, GraphQLScalarType> {
  return Object.fromEntries(names.map((name) => [name, SCALARS[name]]));
}
