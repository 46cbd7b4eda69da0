import type { GraphQLScalarType } from 'graphql';
import {
  DateResolver,
  DateTimeResolver,
  EmailAddressResolver,
  NonNegativeIntResolver,
  PhoneNumberResolver,
  PositiveIntResolver,
} from 'graphql-scalars';

const SCALARS = {
  Date: DateResolver,
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
