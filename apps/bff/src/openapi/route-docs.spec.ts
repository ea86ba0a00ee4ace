import 'reflect-metadata';
import Type from 'typebox';
import { OperationId, Returns, ROUTE_DOCS, RouteDocs } from './route-docs.js';

describe('@Returns', () => {
  it('records a titled TypeBox schema with the handler’s other docs', () => {
    const Answer = Type.Object({ id: Type.String() }, { title: 'Answer', additionalProperties: true });
    class Controller {
      @OperationId('getAnswer')
      @Returns(Answer)
      answer() {}
    }
    expect(Reflect.getOwnMetadata(ROUTE_DOCS, Controller.prototype.answer) as RouteDocs).toEqual({ operationId: 'getAnswer', returns: Answer });
  });

  it('refuses a schema without a title when the class loads: the title names it in the document', () => {
    expect(() => Returns(Type.Object({ id: Type.String() }))).toThrow(/title/);
    expect(() => Returns(Type.Array(Type.String(), { title: '' }))).toThrow(/title/);
    expect(() => Returns('Job' as never)).toThrow(/title/);
  });
});
