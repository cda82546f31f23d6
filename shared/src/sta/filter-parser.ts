/**
 * A recursive-descent parser for the `$filter` expressions of SensorThings 1.1 (OData 4 syntax), by
 * precedence from loosest to tightest:
 *
 *   or → and → not → comparison (eq ne gt ge lt le) → add/sub → mul/div/mod → primary
 *   primary: ( expr ) | literal | path | function(args)
 *
 * Each error names the position and the token found there, e.g. `$filter: expected a value at
 * position 14, found "and"`. Paths are checked against what the entity set has by the caller.
 */
import { describeToken, QueryOptionError, type Token, tokenize } from './filter-lexer';
import { refuseNonTimeOperands } from './time-operands';

export type Literal = number | string | boolean | null | Date;
export type CompareOp = 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le';
export type ArithOp = 'add' | 'sub' | 'mul' | 'div' | 'mod';

export type Expr =
  | { kind: 'literal'; value: Literal; pos?: number }
  | { kind: 'path'; path: string[]; pos: number }
  | { kind: 'not'; expr: Expr }
  | { kind: 'logical'; op: 'and' | 'or'; left: Expr; right: Expr }
  | { kind: 'compare'; op: CompareOp; left: Expr; right: Expr }
  | { kind: 'arith'; op: ArithOp; left: Expr; right: Expr }
  | { kind: 'call'; name: string; args: Expr[]; pos: number };

const COMPARE = new Set<string>(['eq', 'ne', 'gt', 'ge', 'lt', 'le']);
const WORDS = new Set(['and', 'or', 'not', 'add', 'sub', 'mul', 'div', 'mod', ...COMPARE]);
const CONSTANTS: Record<string, Literal> = { true: true, false: false, null: null };
/** Longest expression accepted, in tokens: deep nesting costs stack, long chains cost time. */
const MAX_TOKENS = 400;

const arith = (op: string, left: Expr, right: Expr): Expr => ({ kind: 'arith', op: op as ArithOp, left, right });

class Parser {
  private index = 0;

  constructor(
    private readonly tokens: Token[],
    private readonly option: string,
  ) {}

  private get token(): Token {
    return this.tokens[this.index] as Token;
  }

  private fail(what: string): never {
    throw new QueryOptionError(this.option, `${what} at position ${this.token.pos}, found ${describeToken(this.token)}`);
  }

  private isWord(...words: string[]): boolean {
    return this.token.kind === 'name' && words.includes(this.token.text);
  }

  private atEnd(): boolean {
    return this.token.kind === 'end';
  }

  private take(): Token {
    const token = this.token;
    this.index += 1;
    return token;
  }

  private expectPunct(text: '(' | ')' | ','): void {
    if (this.token.kind !== 'punct' || this.token.text !== text) this.fail(`expected "${text}"`);
    this.index += 1;
  }

  parseAll(): Expr {
    if (this.atEnd()) this.fail('expected an expression');
    const expr = this.or();
    if (!this.atEnd()) this.fail('expected "and", "or", an operator or the end of the expression');
    return expr;
  }

  /** `next (word next)*`, folded to the left: one loop for or, and, add/sub and mul/div/mod. */
  private chain(words: string[], next: () => Expr, build: (op: string, left: Expr, right: Expr) => Expr): Expr {
    let left = next();
    while (this.isWord(...words)) {
      const op = this.take().text;
      left = build(op, left, next());
    }
    return left;
  }

  private or(): Expr {
    return this.chain(
      ['or'],
      () => this.and(),
      (_, left, right) => ({ kind: 'logical', op: 'or', left, right }),
    );
  }

  private and(): Expr {
    return this.chain(
      ['and'],
      () => this.not(),
      (_, left, right) => ({ kind: 'logical', op: 'and', left, right }),
    );
  }

  private not(): Expr {
    if (this.isWord('not')) {
      this.take();
      return { kind: 'not', expr: this.not() };
    }
    return this.comparison();
  }

  private comparison(): Expr {
    const left = this.additive();
    if (this.token.kind === 'name' && COMPARE.has(this.token.text)) {
      const op = this.take().text as CompareOp;
      return { kind: 'compare', op, left, right: this.additive() };
    }
    return left;
  }

  private additive(): Expr {
    return this.chain(['add', 'sub'], () => this.multiplicative(), arith);
  }

  private multiplicative(): Expr {
    return this.chain(['mul', 'div', 'mod'], () => this.primary(), arith);
  }

  private primary(): Expr {
    const token = this.token;
    if (token.kind === 'punct' && token.text === '(') {
      this.take();
      const inner = this.or();
      this.expectPunct(')');
      return inner;
    }
    if (token.kind === 'number' || token.kind === 'string') {
      this.take();
      return { kind: 'literal', value: token.value, pos: token.pos };
    }
    if (token.kind === 'time') {
      this.take();
      return { kind: 'literal', value: new Date(token.value), pos: token.pos };
    }
    if (token.kind !== 'name' || WORDS.has(token.text)) return this.fail('expected a value, a property or a function');
    this.take();
    if (token.text in CONSTANTS) return { kind: 'literal', value: CONSTANTS[token.text] as Literal, pos: token.pos };
    if (this.token.kind === 'punct' && this.token.text === '(') return this.call(token);
    return { kind: 'path', path: token.text.split('/'), pos: token.pos };
  }

  private call(name: Token): Expr {
    this.expectPunct('(');
    const args: Expr[] = [];
    if (!(this.token.kind === 'punct' && this.token.text === ')')) {
      args.push(this.or());
      while (this.token.kind === 'punct' && this.token.text === ',') {
        this.take();
        args.push(this.or());
      }
    }
    this.expectPunct(')');
    return { kind: 'call', name: name.text, args, pos: name.pos };
  }
}

/** The expression tree of `text`; a QueryOptionError (400) naming the position and token when it does not parse. */
export function parseFilter(text: string, option = '$filter'): Expr {
  const tokens = tokenize(text, option);
  if (tokens.length > MAX_TOKENS) throw new QueryOptionError(option, `the expression is longer than ${MAX_TOKENS} tokens`);
  const expr = new Parser(tokens, option).parseAll();
  refuseNonTimeOperands(expr, option);
  return expr;
}

/** Every property path the expression reads, with its position (the caller checks them against the entity set). */
export function pathsOf(expr: Expr): { path: string[]; pos: number }[] {
  switch (expr.kind) {
    case 'literal':
      return [];
    case 'path':
      return [{ path: expr.path, pos: expr.pos }];
    case 'not':
      return pathsOf(expr.expr);
    case 'call':
      return expr.args.flatMap(pathsOf);
    default:
      return [...pathsOf(expr.left), ...pathsOf(expr.right)];
  }
}
