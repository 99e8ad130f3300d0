import { Public } from '../../common/auth/access.decorators.js';
import { Controller, Get, Header, NotFoundException, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
/** A file inside an installed package (these packages do not export their UMD builds). */
const packageFile = (pkg: string, file: string): string => join(dirname(require.resolve(`${pkg}/package.json`)), file);

/**
 * The only files the IDE page loads, all from installed npm packages: nothing comes from a
 * CDN, so the IDE works on a machine with no internet.
 */
const ASSETS: Record<string, { file: string; type: string }> = {
  'react.js': { file: packageFile('react', 'umd/react.production.min.js'), type: 'text/javascript; charset=utf-8' },
  'react-dom.js': { file: packageFile('react-dom', 'umd/react-dom.production.min.js'), type: 'text/javascript; charset=utf-8' },
  'graphiql.js': { file: packageFile('graphiql', 'graphiql.min.js'), type: 'text/javascript; charset=utf-8' },
  'graphiql.css': { file: packageFile('graphiql', 'graphiql.min.css'), type: 'text/css; charset=utf-8' },
};

const DEFAULT_QUERY = `# GCM Tracker: the Global Compact for Migration's objectives, champions and review cycles.
{
  objective(number: 16) { number title shortTitle }
  countries(filter: { championOnly: true }, first: 5) {
    totalCount
    nodes { iso3 name regions { code scheme } }
  }
  reviewCycle(code: "IMRF-2022") { code name startDate endDate location }
}
`;

const PAGE = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>GCM Tracker GraphQL IDE</title>
  <link rel="stylesheet" href="/ide/assets/graphiql.css">
  <style>html, body, #graphiql { height: 100%; margin: 0; }</style>
</head>
<body>
  <div id="graphiql">Loading the GraphQL IDE…</div>
  <script src="/ide/assets/react.js"></script>
  <script src="/ide/assets/react-dom.js"></script>
  <script src="/ide/assets/graphiql.js"></script>
  <script src="/ide/ide.js"></script>
</body>
</html>
`;

const SCRIPT = `(function () {
  var fetcher = GraphiQL.createFetcher({ url: window.location.origin + '/graphql' });
  var root = ReactDOM.createRoot(document.getElementById('graphiql'));
  root.render(React.createElement(GraphiQL, {
    fetcher: fetcher,
    defaultQuery: ${JSON.stringify(DEFAULT_QUERY)},
    defaultEditorToolsVisibility: true,
    shouldPersistHeaders: false
  }));
})();
`;

/** A GraphQL IDE (GraphiQL) at /ide that works offline. */
@Controller('ide')
@Public()
export class GraphqlIdeController {
  @Get()
  @Header('Content-Type', 'text/html; charset=utf-8')
  page(): string {
    return PAGE;
  }

  @Get('ide.js')
  @Header('Content-Type', 'text/javascript; charset=utf-8')
  script(): string {
    return SCRIPT;
  }

  @Get('assets/:name')
  asset(@Param('name') name: string, @Res() res: Response): void {
    const asset = Object.hasOwn(ASSETS, name) ? ASSETS[name] : undefined;
    if (!asset) throw new NotFoundException();
    res.type(asset.type);
    res.setHeader('Cache-Control', 'public, max-age=86400');
    res.sendFile(asset.file);
  }
}
