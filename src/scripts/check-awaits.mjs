// The forgotten-await check (`npm test` runs it before vitest): since the data layer became async
// (issue 16), a query call without `await` runs later or never, and a Promise in a condition is
// always true – a policy function that queries would then allow everything. The type checker knows
// which expressions are Promises; this script asks it through ts-morph (the TypeScript 5+ API; our
// `typescript` 7 has no JS API) and fails with file:line on
//   1. an expression statement whose value is a Promise, unless awaited, returned or marked `void`
//      (a deliberate background start says so: `void queue.run()`, or ends in `.catch(...)`);
//   2. a Promise used as a condition (if, while, for, do, `?:`, `!`, `&&`/`||` inside those);
//   3. an async callback given to an array method that ignores or tests its result
//      (forEach, filter, some, every, find, findIndex, findLast, sort): use a for-loop;
//   4. any other async function given where the parameter's type says the callback returns void
//      (a progress callback, an event listener, a timer): chain and catch, or type it to return a Promise.
//
// Usage: node src/scripts/check-awaits.mjs [path/to/tsconfig.json]   (default: the project's)
import { Node, Project, SyntaxKind, ts } from 'ts-morph';
import { relative, resolve } from 'node:path';

const tsconfig = resolve(process.argv[2] ?? new URL('../../tsconfig.json', import.meta.url).pathname);
const project = new Project({ tsConfigFilePath: tsconfig });
const root = resolve(tsconfig, '..');

/** Whether a type is a Promise (or a union with one): a thenable from our code or a library. */
function isPromise(type) {
  if (type.isUnion()) return type.getUnionTypes().some(isPromise);
  const name = (type.getSymbol() ?? type.getAliasSymbol())?.getName();
  return name === 'Promise' || name === 'PromiseLike';
}

/** Whether a value is always a Promise: testing `Promise | undefined` asks whether there is one, which is fine. */
function onlyPromise(type) {
  if (type.isUnion()) return type.getUnionTypes().every(onlyPromise);
  return isPromise(type);
}

const ASSIGNMENTS = new Set([SyntaxKind.EqualsToken, SyntaxKind.QuestionQuestionEqualsToken, SyntaxKind.BarBarEqualsToken, SyntaxKind.AmpersandAmpersandEqualsToken]);

const CALLBACK_IGNORED = new Set(['forEach', 'filter', 'some', 'every', 'find', 'findIndex', 'findLast', 'findLastIndex', 'sort', 'toSorted']);

const problems = [];
const reported = new Set();
const report = (node, what) => {
  const sf = node.getSourceFile();
  const at = `${sf.getFilePath()}:${node.getStart()}`;
  if (reported.has(at)) return;
  reported.add(at);
  problems.push(`${relative(root, sf.getFilePath())}:${node.getStartLineNumber()}: ${what}: ${node.getText().split('\n')[0].slice(0, 100)}`);
};

/** The condition and, inside it, what `!`, `&&`, `||` and parentheses test. */
function checkCondition(expr) {
  if (!expr) return;
  if (Node.isParenthesizedExpression(expr)) return checkCondition(expr.getExpression());
  if (Node.isPrefixUnaryExpression(expr) && expr.getOperatorToken() === SyntaxKind.ExclamationToken) return checkCondition(expr.getOperand());
  if (Node.isBinaryExpression(expr)) {
    const op = expr.getOperatorToken().getKind();
    if (op === SyntaxKind.AmpersandAmpersandToken || op === SyntaxKind.BarBarToken) {
      checkCondition(expr.getLeft());
      checkCondition(expr.getRight());
      return;
    }
  }
  if (onlyPromise(expr.getType())) report(expr, 'a Promise used as a condition (always true) – add await');
}

function endsInCatch(expr) {
  return (
    Node.isCallExpression(expr) &&
    Node.isPropertyAccessExpression(expr.getExpression()) &&
    (expr.getExpression().getName() === 'catch' || (expr.getExpression().getName() === 'then' && expr.getArguments().length === 2))
  );
}

const checker = project.getTypeChecker().compilerObject;

/**
 * 4. An async function given where the callee's type says the callback returns void (an event listener, a
 *    progress callback, setTimeout): nobody awaits it, so its work may land after the caller has moved on and a
 *    failure is an unhandled rejection, which ends the process. Chain it and catch, or make the parameter's type
 *    say it returns a Promise so the callee can await it.
 */
function checkVoidCallback(arg) {
  const returns = arg.getType().getCallSignatures().map((s) => s.getReturnType());
  if (!returns.length || !returns.every(isPromise)) return;
  const expected = checker.getContextualType(arg.compilerNode);
  if (!expected) return;
  const parts = expected.isUnion() ? expected.types : [expected];
  const sigs = parts.flatMap((t) => t.getCallSignatures());
  if (!sigs.length) return;
  if (sigs.every((s) => (s.getReturnType().flags & ts.TypeFlags.Void) !== 0)) {
    report(arg, 'an async function given as a callback whose result is ignored (void) – not awaited, and a failure is an unhandled rejection');
  }
}

for (const sf of project.getSourceFiles()) {
  if (sf.getFilePath().includes('/node_modules/') || sf.isDeclarationFile()) continue;
  sf.forEachDescendant((node) => {
    if (Node.isExpressionStatement(node)) {
      const expr = node.getExpression();
      if (Node.isAwaitExpression(expr) || Node.isVoidExpression(expr)) return;
      if (Node.isBinaryExpression(expr) && ASSIGNMENTS.has(expr.getOperatorToken().getKind())) return;
      if (endsInCatch(expr)) return;
      if (isPromise(expr.getType())) report(expr, 'a Promise neither awaited, returned nor void-ed');
    } else if (Node.isIfStatement(node) || Node.isWhileStatement(node) || Node.isDoStatement(node)) {
      checkCondition(node.getExpression());
    } else if (Node.isForStatement(node)) {
      checkCondition(node.getCondition());
    } else if (Node.isConditionalExpression(node)) {
      checkCondition(node.getCondition());
    } else if (Node.isPrefixUnaryExpression(node) && node.getOperatorToken() === SyntaxKind.ExclamationToken) {
      const operand = node.getOperand();
      if (onlyPromise(operand.getType())) report(operand, 'a Promise negated (always false) – add await');
    } else if (Node.isCallExpression(node) || Node.isNewExpression(node)) {
      const callee = node.getExpression();
      const [fn] = node.getArguments();
      if (fn && Node.isCallExpression(node) && Node.isPropertyAccessExpression(callee) && CALLBACK_IGNORED.has(callee.getName())) {
        const returns = fn.getType().getCallSignatures().map((s) => s.getReturnType());
        if (returns.length && returns.every(isPromise)) report(fn, `an async callback to ${callee.getName()}, which ignores or tests the Promise – use a for-loop`);
      }
      for (const arg of node.getArguments()) checkVoidCallback(arg);
    }
  });
}

if (problems.length) {
  console.error(`Glömda await (${problems.length}):\n${[...new Set(problems)].join('\n')}`);
  process.exit(1);
}
console.log(`check-awaits: ${project.getSourceFiles().length} filer utan glömda await.`);
