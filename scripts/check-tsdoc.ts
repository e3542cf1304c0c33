// Every value the package exports has TSDoc with an @example: npm run check:tsdoc (run in CI).
import ts from 'typescript';
const program = ts.createProgram(['src/index.ts', 'src/io/index.ts', 'src/report/index.ts', 'src/report/xlsx.ts'], { allowJs: false, types: ['node'] });
const checker = program.getTypeChecker();
for (const entry of ['src/index.ts', 'src/io/index.ts', 'src/report/index.ts', 'src/report/xlsx.ts']) {
  const sf = program.getSourceFile(entry)!;
  const sym = checker.getSymbolAtLocation(sf)!;
  for (const exp of checker.getExportsOfModule(sym)) {
    const target = exp.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exp) : exp;
    const decl = target.declarations?.[0];
    if (!decl) continue;
    const isType = ts.isInterfaceDeclaration(decl) || ts.isTypeAliasDeclaration(decl);
    if (isType) continue;
    const tags = ts.getJSDocTags(decl).map((t) => t.tagName.text);
    const doc = ts.getJSDocCommentsAndTags(decl);
    let hasExample = tags.includes('example');
    if (!hasExample && ts.isVariableDeclaration(decl)) hasExample = ts.getJSDocTags(decl.parent.parent).some((t) => t.tagName.text === 'example');
    if (!hasExample) {
      console.log(entry, exp.name, doc.length ? 'has TSDoc but no @example' : 'has no TSDoc');
      process.exitCode = 1;
    }
  }
}
