import {
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isObjectType,
  isSpecifiedScalarType,
  getNamedType,
  type GraphQLOutputType,
  type GraphQLSchema,
} from 'graphql';

/**
 * The hub's schema conventions, checked by `npm run lint` on the client-facing schema:
 * every type, field, argument and enum value has a description; types are PascalCase,
 * fields and arguments camelCase, enum values SCREAMING_SNAKE_CASE; input types end in
 * `Input`; a mutation takes one argument, `input`, and returns a `…Payload`.
 */
export function schemaProblems(schema: GraphQLSchema): string[] {
  const problems: string[] = [];
  const mutationType = schema.getMutationType();
  for (const type of Object.values(schema.getTypeMap())) {
    if (isIntrospectionType(type) || isSpecifiedScalarType(type)) continue;
    if (!type.description) problems.push(`${type.name}: no description`);
    if (!/^[A-Z][A-Za-z0-9]*$/.test(type.name)) problems.push(`${type.name}: a type's name is PascalCase`);
    if (isInputObjectType(type) && !type.name.endsWith('Input')) problems.push(`${type.name}: an input type's name ends in Input`);
    if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        const at = `${type.name}.${field.name}`;
        if (!field.description) problems.push(`${at}: no description`);
        if (!/^[a-z][A-Za-z0-9]*$/.test(field.name)) problems.push(`${at}: a field's name is camelCase`);
        for (const arg of 'args' in field ? field.args : []) {
          if (!arg.description) problems.push(`${at}(${arg.name}): no description`);
          if (!/^[a-z][A-Za-z0-9]*$/.test(arg.name)) problems.push(`${at}(${arg.name}): an argument's name is camelCase`);
        }
        if (type === mutationType && 'args' in field) {
          if (field.args.length !== 1 || field.args[0]!.name !== 'input') problems.push(`${at}: a mutation takes one argument, input`);
          if (!getNamedType(field.type as GraphQLOutputType).name.endsWith('Payload'))
            problems.push(`${at}: a mutation returns a …Payload`);
        }
      }
    }
    if (isEnumType(type)) {
      for (const value of type.getValues()) {
        if (!value.description) problems.push(`${type.name}.${value.name}: no description`);
        if (!/^[A-Z][A-Z0-9_]*$/.test(value.name)) problems.push(`${type.name}.${value.name}: an enum value is SCREAMING_SNAKE_CASE`);
      }
    }
  }
  return problems;
}
