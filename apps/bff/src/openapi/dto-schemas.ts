import type { ReferenceObject, SchemaObject } from '@nestjs/swagger';
import { targetConstructorToSchema } from 'class-validator-jsonschema';
import { getMetadataStorage, ValidationTypes } from 'class-validator';
import { classTransformerMetadata } from './framework-metadata.js';

type Constructor = abstract new (...args: never[]) => unknown;

const PREFIX = '#/components/schemas/';

/**
 * JSON Schemas of the request DTOs, generated from their class-validator rules (the rules that run on every request,
 * so the document cannot drift from them). Each class gets one schema, named after it (suffixed on a name clash), and
 * so does every class it nests. Unknown fields are refused by the validation pipe: `additionalProperties: false`.
 */
export class DtoSchemas {
  private readonly names = new Map<Constructor, string>();
  private readonly schemas: Record<string, SchemaObject> = {};

  ref(type: Constructor): ReferenceObject {
    return { $ref: `${PREFIX}${this.nameOf(type)}` };
  }

  /** The schema itself (for query and path parameters, which are listed one by one). */
  inline(type: Constructor): SchemaObject {
    return this.schemas[this.nameOf(type)];
  }

  all(): Record<string, SchemaObject> {
    return this.schemas;
  }

  private nameOf(type: Constructor): string {
    const known = this.names.get(type);
    if (known) return known;
    let name = type.name || 'Anonymous';
    for (let n = 2; name in this.schemas; n++) name = `${type.name}${n}`;
    this.names.set(type, name);
    const schema = targetConstructorToSchema(type, { refPointerPrefix: PREFIX, classTransformerMetadataStorage: classTransformerMetadata }) as SchemaObject;
    this.schemas[name] = { ...schema, type: 'object', additionalProperties: false };
    for (const [property, child] of this.nestedClasses(type)) this.pointAt(this.schemas[name].properties?.[property], this.nameOf(child));
    return name;
  }

  /** `@ValidateNested()` properties and the class each holds. */
  private nestedClasses(type: Constructor): Array<[string, Constructor]> {
    const metadata = getMetadataStorage().getTargetValidationMetadatas(type as unknown as Function, '', true, false);
    return metadata
      .filter((meta) => meta.type === ValidationTypes.NESTED_VALIDATION)
      .map((meta): [string, unknown] => {
        const declared = classTransformerMetadata.findTypeMetadata(meta.target as Function, meta.propertyName);
        return [meta.propertyName, declared ? declared.typeFunction() : Reflect.getMetadata('design:type', (meta.target as Function).prototype, meta.propertyName)];
      })
      .filter((entry): entry is [string, Constructor] => typeof entry[1] === 'function' && ![Object, Array].includes(entry[1] as ObjectConstructor));
  }

  /** Re-points the nested property's `$ref` (directly, per item, or per map value) at the child's schema name. */
  private pointAt(property: SchemaObject | ReferenceObject | undefined, childName: string): void {
    if (!property) return;
    const holders = [property, (property as SchemaObject).items, (property as SchemaObject).additionalProperties];
    for (const holder of holders) if (holder && typeof holder === 'object' && '$ref' in holder) (holder as ReferenceObject).$ref = `${PREFIX}${childName}`;
  }
}
