/**
 * The labels of the machineToMachine flow's guided actions, by id: loaded with the page (the lesson shows them and checks its action ids),
 * while the plans (guided.ts) load with the flow's machine. test/flows/guided.test.ts checks both name the same actions.
 */
/** What `machineToMachineGuided` (./guided.ts) can do, by action id: its labels. */
export const machineToMachineLabels: Record<string, string> = {
  'resourceServer.createInvalid': 'Create the resource server with a scope named orders/read (a slash is not allowed in a scope name)',
  'resourceServer.create': 'Create the resource server https://api.example.com ("Shop API") with the scopes orders.read and orders.write',
  'machineClient.createWithoutSecret': 'Create the job’s app client without a client secret',
  'machineClient.createUnknownScope': 'Create the job’s app client with a scope no resource server defines (orders.delete)',
  'machineClient.create': 'Create the job’s app client: a client secret, client_credentials, the scope orders.read',
  'machineToken.request': 'The job asks /oauth2/token for a token (client_credentials, scope orders.read, HTTP Basic)',
  'machineToken.requestWrongSecret': 'The job asks for a token with a wrong client secret',
  'machineToken.requestWithoutSecret': 'The job asks for a token naming its client_id but sending no secret',
  'machineToken.requestWrongScope': 'The job asks for the scope orders.write, which its client may not ask for',
  'api.callWithMachineToken': 'The job calls GET /inventory on your API with its access token',
  'api.callWithUserToken': 'Call GET /inventory with a user’s access token instead (the article’s user, signed in through the shop’s app)',
};
